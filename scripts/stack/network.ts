import type { HealthReport } from '../../server/health/check-health'
import net from 'node:net'

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Without a host, the check binds every address, as `next start` does. */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once('error', () => resolve(false))
    server.listen({ port, host }, () => server.close(() => resolve(true)))
  })
}

/** True when a Redis server answers PING at host:port (without auth) within the timeout. */
export function redisAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    let reply = ''
    const finish = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => finish(false))
    socket.on('error', () => finish(false))
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8')
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'))
    })
  })
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Polls `check` until it returns a value other than undefined. Gives up when `timeoutMs`
 * passes or `abort` returns a reason (a child that exited, say).
 */
export async function waitFor<T>(options: {
  what: string
  check: () => Promise<T | undefined>
  timeoutMs: number
  intervalMs?: number
  abort?: () => string | undefined
}): Promise<T> {
  const deadline = Date.now() + options.timeoutMs
  for (;;) {
    const value = await options.check().catch(() => undefined)
    if (value !== undefined) return value
    const reason = options.abort?.()
    if (reason) throw new Error(`${options.what}: ${reason}`)
    if (Date.now() > deadline) throw new Error(`${options.what}: gave up after ${options.timeoutMs / 1000}s`)
    await sleep(options.intervalMs ?? 200)
  }
}

/** GET /api/health; undefined while the portal does not answer with a health report. */
export async function fetchHealth(baseUrl: string): Promise<HealthReport | undefined> {
  const response = await fetch(new URL('/api/health', baseUrl), { signal: AbortSignal.timeout(5_000) })
  const body = (await response.json().catch(() => undefined)) as HealthReport | undefined
  return body && typeof body.status === 'string' ? body : undefined
}
