// nextLink must be absolute (core-client uses it verbatim) and keep the caller's api-version.
export function nextLink({ origin, url, skipToken }: { origin: string; url: URL; skipToken: string | null }): string | null {
  if (!skipToken) return null
  const next = new URL(url.pathname, origin)
  for (const [key, value] of url.searchParams) if (key !== '$skiptoken') next.searchParams.append(key, value)
  next.searchParams.set('$skiptoken', skipToken)
  return next.toString()
}
