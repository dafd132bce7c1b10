// When no node has room, a group waits rather than failing at once: capacity comes back as
// groups stop, finish or are deleted, and as nodes recover. It is retried after 1 s, 2 s, 4 s…
// (capped), for a bounded window counted from the first attempt that found no room; once the
// window is spent it fails with ACI's capacity error.

export type TBackoffSettings = { baseMs: number; maxMs: number; windowMs: number }

export type TWaiting = { attempt: number; waitingSince: number }

/** The next retry, or null when the window is spent and the group should fail. */
export function nextSchedulingRetry({ waiting, now, settings }: { waiting: TWaiting | null; now: number; settings: TBackoffSettings }): { retryInMs: number; waiting: TWaiting } | null {
  const attempt = waiting?.attempt ?? 0
  const waitingSince = waiting?.waitingSince ?? now
  const remaining = waitingSince + settings.windowMs - now
  if (remaining <= 0) return null
  const backoff = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.min(attempt, 30))
  // The last retry lands on the end of the window, so the group gets its full wait.
  return { retryInMs: Math.max(1, Math.min(backoff, remaining)), waiting: { attempt: attempt + 1, waitingSince } }
}
