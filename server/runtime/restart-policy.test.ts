import { describe, expect, it } from 'vitest'
import { deriveGroupOutcome } from './container-group-state'
import { nextStartTransition } from './lifecycle-stages'
import { restartBackoffMs, shouldRestart } from './restart-policy'

describe('shouldRestart', () => {
  it('follows ACI: Always after any exit, OnFailure after nonzero, Never not', () => {
    expect([shouldRestart('Always', 0), shouldRestart('Always', 1)]).toEqual([true, true])
    expect([shouldRestart('OnFailure', 0), shouldRestart('OnFailure', 2)]).toEqual([false, true])
    expect([shouldRestart('Never', 0), shouldRestart('Never', 1)]).toEqual([false, false])
  })
})

describe('restartBackoffMs', () => {
  it('doubles from 10 s up to five minutes, scaled, with a floor', () => {
    expect([0, 1, 2, 10].map((restartCount) => restartBackoffMs({ restartCount, scale: 1 }))).toEqual([10_000, 20_000, 40_000, 300_000])
    expect(restartBackoffMs({ restartCount: 0, scale: 0.5 })).toBe(5_000)
    expect(restartBackoffMs({ restartCount: 3, scale: 0 })).toBe(100)
  })
})

describe('deriveGroupOutcome', () => {
  const running = { lifecycleStage: 'Running', exitCode: null }
  const pulled = { lifecycleStage: 'Pulled', exitCode: null }
  const created = { lifecycleStage: 'Created', exitCode: null }
  const exited = (exitCode: number) => ({ lifecycleStage: 'Terminated', exitCode })
  const derive = (containers: Array<{ lifecycleStage: string; exitCode: number | null }>, restartPolicy: string, provisioningState = 'Succeeded') =>
    deriveGroupOutcome({ containers, restartPolicy, provisioningState })

  it('is Pending and Creating while any container is on its way up before the group first ran', () => {
    for (const before of ['Pending', 'Creating']) {
      expect(derive([running, pulled], 'Always', before)).toEqual({ state: 'Pending', provisioningState: 'Creating', finished: false })
      expect(derive([{ lifecycleStage: 'Waiting', exitCode: null }], 'Always', before)).toEqual({ state: 'Pending', provisioningState: 'Creating', finished: false })
    }
  })

  it('keeps a group that ran Running and Succeeded through every step of an in-place restart', () => {
    // A crash loop walks Terminated -> Pulled -> Created -> Running again, over and over.
    for (const restarting of [exited(1), pulled, created, running]) {
      expect(derive([restarting], 'Always')).toEqual({ state: 'Running', provisioningState: 'Succeeded', finished: false })
      expect(derive([running, restarting], 'OnFailure')).toEqual({ state: 'Running', provisioningState: 'Succeeded', finished: false })
    }
  })

  it('is Running while a container runs or waits for a restart', () => {
    expect(derive([running], 'Never', 'Creating').state).toBe('Running')
    expect(derive([exited(0)], 'Always')).toEqual({ state: 'Running', provisioningState: 'Succeeded', finished: false })
  })

  it('is Succeeded when every container exited 0 and none restarts', () => {
    expect(derive([exited(0), exited(0)], 'OnFailure')).toEqual({ state: 'Succeeded', provisioningState: 'Succeeded', finished: true })
  })

  it('is Failed after a nonzero exit under Never, or an image that cannot be pulled', () => {
    expect(derive([exited(0), exited(1)], 'Never').state).toBe('Failed')
    expect(derive([{ lifecycleStage: 'Failed', exitCode: null }], 'Always', 'Creating')).toEqual({ state: 'Failed', provisioningState: 'Failed', finished: true })
  })
})

describe('lifecycle stages', () => {
  it('walks Waiting -> Pulling -> Pulled -> Created -> Running for a known image', () => {
    const walked: string[] = []
    let stage = 'Waiting'
    for (let transition = nextStartTransition(stage, true); transition; transition = nextStartTransition(stage, true)) {
      stage = transition.to
      walked.push(transition.event?.({ containerName: 'c', image: 'i', imageKnown: true, now: new Date() }).name ?? '')
    }
    expect(stage).toBe('Running')
    expect(walked).toEqual(['Pulling', 'Pulled', 'Created', 'Started'])
  })

  it('ends in Failed with a Warning for an unknown image', () => {
    const transition = nextStartTransition('Pulling', false)
    expect(transition?.to).toBe('Failed')
    expect(transition?.event?.({ containerName: 'c', image: 'nope', imageKnown: false, now: new Date() }).type).toBe('Warning')
    expect(nextStartTransition('Failed', false)).toBeNull()
  })
})
