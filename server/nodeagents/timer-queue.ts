// The node agent's only clock: a binary heap of due times behind a single setTimeout. A
// hundred thousand containers waiting for their next stage cost one heap entry each and one
// timer in total, never a timer or a loop per container.

type TEntry<T> = { at: number; value: T }

export class TimerQueue<T> {
  private heap: TEntry<T>[] = []
  private timer: ReturnType<typeof setTimeout> | undefined
  private timerAt = Infinity

  /** `onDue` runs (at most once per timer) when the earliest entry is due; it then calls takeDue. */
  constructor(private readonly onDue: () => void) {}

  get size(): number {
    return this.heap.length
  }

  push(at: number, value: T): void {
    this.heap.push({ at, value })
    this.siftUp(this.heap.length - 1)
    this.arm()
  }

  /** Removes and returns up to `limit` values due at `now`, earliest first. */
  takeDue(now: number, limit: number): T[] {
    const due: T[] = []
    while (due.length < limit && this.heap.length > 0 && this.heap[0].at <= now) due.push(this.pop()!.value)
    this.arm()
    return due
  }

  nextAt(): number | undefined {
    return this.heap[0]?.at
  }

  clear(): void {
    this.heap = []
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.timerAt = Infinity
  }

  private arm(): void {
    const next = this.heap[0]?.at ?? Infinity
    if (next >= this.timerAt) return
    if (this.timer) clearTimeout(this.timer)
    this.timerAt = next
    if (next === Infinity) return
    // setTimeout's delay is a 32-bit int; later entries simply re-arm when this one fires.
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.timerAt = Infinity
      this.onDue()
    }, Math.min(Math.max(0, next - Date.now()), 2_147_000_000))
  }

  private pop(): TEntry<T> | undefined {
    const top = this.heap[0]
    const last = this.heap.pop()
    if (this.heap.length > 0 && last) {
      this.heap[0] = last
      this.siftDown(0)
    }
    return top
  }

  private siftUp(index: number): void {
    const heap = this.heap
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (heap[parent].at <= heap[index].at) return
      ;[heap[parent], heap[index]] = [heap[index], heap[parent]]
      index = parent
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap
    for (;;) {
      const left = 2 * index + 1
      const right = left + 1
      let smallest = index
      if (left < heap.length && heap[left].at < heap[smallest].at) smallest = left
      if (right < heap.length && heap[right].at < heap[smallest].at) smallest = right
      if (smallest === index) return
      ;[heap[smallest], heap[index]] = [heap[index], heap[smallest]]
      index = smallest
    }
  }
}
