import { describe, expect, it } from 'vitest'
import { nextSchedulingRetry, type TWaiting } from './scheduling-backoff'

const settings = { baseMs: 1000, maxMs: 8000, windowMs: 60_000 }

describe('nextSchedulingRetry', () => {
  it('backs off 1 s, 2 s, 4 s… up to the cap', () => {
    let waiting: TWaiting | null = null
    const delays: number[] = []
    for (let i = 0; i < 6; i++) {
      const retry: { retryInMs: number; waiting: TWaiting } = nextSchedulingRetry({ waiting, now: 0, settings })!
      delays.push(retry.retryInMs)
      waiting = retry.waiting
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
    expect(waiting).toEqual({ attempt: 6, waitingSince: 0 })
  })

  it('starts the window at the first attempt that found no room', () => {
    expect(nextSchedulingRetry({ waiting: null, now: 5000, settings })).toEqual({ retryInMs: 1000, waiting: { attempt: 1, waitingSince: 5000 } })
  })

  it('lands the last retry on the end of the window, then gives up', () => {
    expect(nextSchedulingRetry({ waiting: { attempt: 5, waitingSince: 0 }, now: 57_000, settings })?.retryInMs).toBe(3000)
    expect(nextSchedulingRetry({ waiting: { attempt: 6, waitingSince: 0 }, now: 60_000, settings })).toBeNull()
  })

  it('fails at once when the window is zero', () => {
    expect(nextSchedulingRetry({ waiting: null, now: 0, settings: { ...settings, windowMs: 0 } })).toBeNull()
  })
})
