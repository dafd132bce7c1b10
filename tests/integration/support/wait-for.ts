/**
 * Polls until `probe` returns something truthy; fails with `description` after `timeoutMs`. The
 * default is generous because the whole suite shares a small CI machine; vitest's testTimeout
 * (vitest.integration.config.ts) leaves room for a couple of such waits in one test.
 */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, { description, timeoutMs = 45_000, intervalMs = 50 }: { description: string; timeoutMs?: number; intervalMs?: number }): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await probe()
      if (value) return value
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${last ? ` (last error: ${String(last)})` : ''}`)
}
