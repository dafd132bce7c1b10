// Runs once when the Next.js server starts. Reading the environment here stops a misconfigured
// production server (no NEXTAUTH_SECRET, say) at boot: Next.js would only log the error and
// then fail every request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./server/env').catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    })
  }
}
