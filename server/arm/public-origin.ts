// Absolute URLs that ARM clients follow (nextLink, Azure-AsyncOperation, Location) must point at the
// origin the client called, which behind the TLS front is the forwarded one, not Next's own.
export function publicOrigin(request: Request): string {
  const url = new URL(request.url)
  const forwardedHost = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim()
  const host = forwardedHost && /^[A-Za-z0-9.\-:[\]]+$/.test(forwardedHost) ? forwardedHost : url.host
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.replace(/:$/, '')
  return `${protocol}://${host}`
}

/** The websocket origin matching an http(s) origin: https → wss, http → ws. */
export function websocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws')
}

/**
 * Where exec websockets are served for a client on `origin`: the same origin over https (the
 * HTTPS listener forwards them), the exec port over plain http (Next.js cannot take upgrades).
 */
export function execWebSocketOrigin(origin: string, execPort: number): string {
  const url = new URL(origin)
  if (url.protocol === 'https:') return websocketOrigin(origin)
  url.port = String(execPort)
  return websocketOrigin(url.origin)
}
