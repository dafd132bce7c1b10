// The slice of HTTP a simulated image sees and answers. Kept free of Next.js and Node types so
// the gateway route, tests and benchmarks can all drive images the same way.

export type TSimulatedHttpRequest = {
  method: string
  // Path and query string as the client sent them, e.g. "/?a=1".
  url: string
  httpVersion: string
  referrer?: string
  userAgent?: string
  remoteAddress: string
}

export type TSimulatedHttpResponse = {
  status: number
  headers: Record<string, string>
  body: string
}

export function htmlResponse(status: number, body: string): TSimulatedHttpResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) },
    body,
  }
}
