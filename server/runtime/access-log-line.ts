// The access log line the quickstart's Node/Express image prints for every request, in the
// "combined" format its logger uses:
//   ::ffff:10.240.255.55 - - [27/Nov/2026:15:03:53 +0000] "GET / HTTP/1.1" 200 1663 "-" "Mozilla/5.0 ..."
import type { TSimulatedHttpRequest, TSimulatedHttpResponse } from './http-types'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** Common Log Format date, always in UTC as the container's clock is. */
export function clfDate(at: Date): string {
  return `${pad(at.getUTCDate())}/${MONTHS[at.getUTCMonth()]}/${at.getUTCFullYear()}:${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())} +0000`
}

export function accessLogLine({ request, response, at }: { request: TSimulatedHttpRequest; response: TSimulatedHttpResponse; at: Date }): string {
  const length = response.headers['content-length'] ?? '-'
  const quoted = (value: string | undefined) => `"${value || '-'}"`
  return [
    `${request.remoteAddress} - - [${clfDate(at)}]`,
    `"${request.method} ${request.url} HTTP/${request.httpVersion}"`,
    `${response.status} ${length}`,
    quoted(request.referrer),
    quoted(request.userAgent),
  ].join(' ')
}
