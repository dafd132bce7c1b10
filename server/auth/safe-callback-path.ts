// Where the sign-in page sends someone afterwards. The value arrives in the query string, so
// anything but a path on this site would let a crafted link forward a fresh session elsewhere.
const BASE = 'http://cerulean.local'

/** The same-site path (and query) `value` names, or '/' for anything else. */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw) return '/'
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return '/'
  }
  const path = `${url.pathname}${url.search}`
  // Dot segments can leave a pathname such as '//evil.com' on our origin, which browsers and
  // router.replace read as protocol-relative: a different host.
  if (url.origin !== BASE || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/'
  if (url.pathname.startsWith('/signin')) return '/'
  return path
}
