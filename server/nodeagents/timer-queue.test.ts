import { afterEach, describe, expect, it, vi } from 'vitest'
import { TimerQueue } from './timer-queue'

afterEach(() => {
  vi.useRealTimers()
})

describe('TimerQueue', () => {
  it('hands out due values earliest first, up to a limit', () => {
    const queue = new TimerQueue<string>(() => {})
    for (const [at, value] of [[30, 'c'], [10, 'a'], [20, 'b'], [40, 'd']] as const) queue.push(at, value)
    expect(queue.takeDue(25, 10)).toEqual(['a', 'b'])
    expect(queue.takeDue(100, 1)).toEqual(['c'])
    expect(queue.size).toBe(1)
    queue.clear()
  })

  it('keeps one timer for the earliest entry and fires it once', () => {
    vi.useFakeTimers()
    const fired: number[] = []
    const queue = new TimerQueue<number>(() => fired.push(Date.now()))
    const start = Date.now()
    queue.push(start + 500, 1)
    queue.push(start + 100, 2)
    queue.push(start + 300, 3)
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(100)
    expect(fired).toEqual([start + 100])
    expect(queue.takeDue(Date.now(), 10)).toEqual([2])
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(400)
    expect(fired).toHaveLength(2)
    queue.clear()
    expect(vi.getTimerCount()).toBe(0)
  })
})
