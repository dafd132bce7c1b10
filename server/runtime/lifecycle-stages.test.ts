import { describe, expect, it } from 'vitest'
import { faultFromTags } from './faults'
import { canonicalImage } from './image-reference'
import { pullDelayMs, seededRandom, stagesFor, stepFrom } from './lifecycle-stages'

const NGINX = 'nginx:1.27'
const summary = (steps: ReturnType<typeof stagesFor>) => steps.map((s) => `${s.from}->${s.to}:${s.events.map((e) => e.name).join('+')}`)

describe('stagesFor', () => {
  it('pulls, creates and starts a known image on a node without it', () => {
    const steps = stagesFor({ image: NGINX, containerName: 'web', random: () => 0.5 })
    expect(summary(steps)).toEqual(['Waiting->Pulling:Pulling', 'Pulling->Pulled:Pulled', 'Pulled->Created:Created', 'Created->Running:Started'])
    expect(steps[1].delayMs).toBe(Math.round(pullDelayMs(72)))
    expect(steps[1].events[0].message).toBe('Successfully pulled image "nginx:1.27" in 1.6s')
    expect(steps[1].pullsImage).toBe(true)
    expect(steps[3].currentState?.(new Date('2026-11-27T15:00:00Z'))).toEqual({ state: 'Running', startTime: '2026-11-27T15:00:00.000Z', detailStatus: '' })
  })

  it('skips the pull when the node already holds the image', () => {
    const steps = stagesFor({ image: NGINX, containerName: 'web', nodeHasImage: true })
    expect(summary(steps)).toEqual(['Waiting->Pulled:Pulled', 'Pulled->Created:Created', 'Created->Running:Started'])
    expect(steps[0].events[0].message).toBe('Container image "nginx:1.27" already present on machine')
    expect(steps[0].delayMs).toBeLessThan(200)
  })

  it('takes longer to pull bigger images, with jitter of at most 20 %', () => {
    const small = stagesFor({ image: 'busybox', containerName: 'c', random: () => 1 })
    const big = stagesFor({ image: 'mcr.microsoft.com/azuredocs/aci-wordcount', containerName: 'c', random: () => 0 })
    expect(stepFrom(big, 'Pulling')!.delayMs).toBeGreaterThan(stepFrom(small, 'Pulling')!.delayMs * 5)
    for (let i = 0; i < 50; i++) {
      const delay = stepFrom(stagesFor({ image: NGINX, containerName: 'c' }), 'Pulling')!.delayMs
      expect(delay).toBeGreaterThanOrEqual(Math.floor(pullDelayMs(72) * 0.8))
      expect(delay).toBeLessThanOrEqual(Math.ceil(pullDelayMs(72) * 1.2))
    }
  })

  it('gives the same delays for the same seed, so agents agree', () => {
    const a = stagesFor({ image: NGINX, containerName: 'c', random: seededRandom('container-1:0') })
    const b = stagesFor({ image: NGINX, containerName: 'c', random: seededRandom('container-1:0') })
    expect(a.map((s) => s.delayMs)).toEqual(b.map((s) => s.delayMs))
  })

  it('fails an unknown image, or any image under the pull-failure fault, with Failed and BackOff', () => {
    for (const [image, tags] of [
      ['docker.io/nobody/app', {}],
      [NGINX, { 'cerulean.io/fault': 'pull-failure' }],
    ] as const) {
      const steps = stagesFor({ image, containerName: 'c', tags })
      expect(summary(steps)).toEqual(['Waiting->Pulling:Pulling', 'Pulling->Failed:Failed+BackOff'])
      const [failed, backOff] = steps[1].events
      expect(failed).toMatchObject({ type: 'Warning', message: expect.stringMatching(new RegExp(`^Failed to pull image "${image}": rpc error: `)) })
      expect(backOff).toEqual({ name: 'BackOff', message: `Back-off pulling image "${image}"`, type: 'Normal' })
      expect(steps[1].currentState?.(new Date())).toEqual({ state: 'Waiting', detailStatus: 'ImagePullBackOff' })
    }
  })
})

describe('faultFromTags', () => {
  it('reads the fault, its timing and exit code, ignoring tag-name case', () => {
    expect(faultFromTags({ 'Cerulean.io/Fault': 'Crash-Loop' })).toEqual({ kind: 'crash-loop', afterMs: 5_000, exitCode: 1 })
    expect(faultFromTags({ 'cerulean.io/fault': 'crash-loop', 'cerulean.io/fault-after-seconds': '2.5', 'cerulean.io/fault-exit-code': '42' })).toEqual({ kind: 'crash-loop', afterMs: 2_500, exitCode: 42 })
    expect(faultFromTags({ 'cerulean.io/fault': 'oom-kill', 'cerulean.io/fault-after-seconds': '0' })).toEqual({ kind: 'oom-kill', afterMs: 0 })
    expect(faultFromTags({ 'cerulean.io/fault': 'pull-failure' })).toEqual({ kind: 'pull-failure' })
    expect(faultFromTags({ 'cerulean.io/fault': 'meteor' })).toBeNull()
    expect(faultFromTags(null)).toBeNull()
  })
})

describe('canonicalImage', () => {
  it('folds Docker Hub spellings into one cache key', () => {
    expect(new Set(['nginx', 'library/nginx:latest', 'docker.io/library/nginx', 'index.docker.io/library/nginx:latest'].map(canonicalImage))).toEqual(new Set(['docker.io/library/nginx:latest']))
    expect(canonicalImage('MCR.microsoft.com/azuredocs/aci-helloworld')).toBe('mcr.microsoft.com/azuredocs/aci-helloworld:latest')
  })
})
