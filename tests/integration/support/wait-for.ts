/** Polls until `probe` returns something truthy; fails with `description` after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, { description, timeoutMs = 20_000, intervalMs = 50 }: { description: string; timeoutMs?: number; intervalMs?: number }): Promise<T> {
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
