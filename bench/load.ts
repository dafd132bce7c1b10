// One autocannon run and its figures, for bench/api.ts. Latencies are autocannon's histogram in
// milliseconds; at a fixed rate they are corrected for coordinated omission (a request that had
// to wait for a slow one counts from when it should have been sent).
import autocannon from 'autocannon'

export type TLoadFigures = {
  name: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
}

export type TLoadOptions = {
  name: string
  url: string
  method?: 'GET' | 'PUT'
  headers?: Record<string, string>
  /** A fresh path (and body) per request, e.g. to rotate over groups or create unique names. */
  nextRequest?: () => { path: string; body?: string }
  seconds: number
  connections: number
  /** Requests per second from all connections together; without it, as fast as the server answers. */
  overallRate?: number
  /** A CA to trust for https URLs (Cerulean's local CA). */
  ca?: string
}

export async function runLoad(options: TLoadOptions): Promise<TLoadFigures> {
  const { nextRequest } = options
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers,
    duration: options.seconds,
    connections: options.connections,
    overallRate: options.overallRate,
    // A bench that hangs is worse than one that reports timeouts.
    timeout: 10,
    ...(options.ca ? { tlsOptions: { ca: options.ca } } : {}),
    requests: nextRequest
      ? [
          {
            setupRequest: (request) => {
              const next = nextRequest()
              return { ...request, path: next.path, ...(next.body !== undefined ? { body: next.body } : {}) }
            },
          },
        ]
      : undefined,
  })
  return {
    name: options.name,
    requestsPerSecond: round(result.requests.average),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    maxMs: round(result.latency.max),
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

export function formatTable(rows: TLoadFigures[]): string {
  const header = ['run', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'requests', 'errors', 'non-2xx']
  const lines = rows.map((r) => [r.name, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.maxMs, r.requests, r.errors, r.non2xx].map(String))
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n')
}
