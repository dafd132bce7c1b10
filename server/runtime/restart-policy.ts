// ACI's restart policies (ACI-REFERENCE §8): Always restarts after every exit, OnFailure only
// after a nonzero exit, Never not at all.
export type TRestartPolicy = 'Always' | 'OnFailure' | 'Never'

export function shouldRestart(policy: string, exitCode: number): boolean {
  if (policy === 'Always') return true
  if (policy === 'OnFailure') return exitCode !== 0
  return false
}

// Kubelet-style crash-loop back-off: 10 s, doubling, capped at five minutes.
const BASE_BACKOFF_MS = 10_000
const MAX_BACKOFF_MS = 300_000
// Even with instant stages a crash loop must not spin the worker.
const MIN_BACKOFF_MS = 100

export function restartBackoffMs({ restartCount, scale }: { restartCount: number; scale: number }): number {
  const unscaled = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.min(restartCount, 10))
  return Math.max(MIN_BACKOFF_MS, Math.round(unscaled * scale))
}
