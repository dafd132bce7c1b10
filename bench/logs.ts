// npm run bench:logs – log latency from a container's write to an SSE client's receipt.
// A simulated busybox container prints 1,000 lines/s for ~10 s (`echo line $i; sleep 0.001`),
// replayed against real time the way a node agent does (a timer to the next due output, lines
// appended to the container's Redis stream). The client reads the same Server-Sent Events body
// the portal's Logs view gets, over real HTTP from a node:http server, and notes when each line
// arrives. Needs Redis (REDIS_URL); uses a key prefix of its own and removes it afterwards.
//   npm run bench:logs [-- --seconds 10] [-- --rate 1000]
import { randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const argument = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const seconds = argument('--seconds', 10)
const rate = argument('--rate', 1_000)
const total = seconds * rate
process.env.REDIS_PREFIX = `bench-logs-${randomBytes(4).toString('hex')}`

const { sharedRedis } = await import('../server/redis')
const { appendLogLines } = await import('../server/logs/append-log-lines')
const { createLogEventStream, LOG_EVENT_STREAM_HEADERS } = await import('../server/logs/log-event-stream')
const { openContainerProcess, startContainerProcess } = await import('../server/runtime/container-process')
const { resolveSimulatedImage } = await import('../server/runtime/simulated-images')

const containerGroupId = randomUUID()
const containerName = 'chatty'
const instance = '1.0'

const server = http.createServer((request, response) => {
  const abort = new AbortController()
  request.on('close', () => abort.abort())
  response.writeHead(200, LOG_EVENT_STREAM_HEADERS)
  response.flushHeaders()
  const reader = createLogEventStream({ containerGroupId, containerName, signal: abort.signal, idleMs: 1_000 }).getReader()
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return response.end()
      response.write(value)
    }
  })()
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const port = (server.address() as AddressInfo).port

// The stream must exist before the client asks for it, as it does once a container has started.
await appendLogLines({ containerGroupId, containerName, instance, lines: ['start'] })

const received = new Map<number, number>()
const client = http.get({ host: '127.0.0.1', port, path: '/' }, (response) => {
  let buffer = ''
  response.setEncoding('utf8')
  response.on('data', (chunk: string) => {
    const now = performance.now()
    buffer += chunk
    const frames = buffer.split('\n\n')
    buffer = frames.pop() ?? ''
    for (const frame of frames) {
      const data = frame.split('\n').find((l) => l.startsWith('data: '))
      const match = data && /"line":"line (\d+)"/.exec(data)
      if (match) received.set(Number(match[1]), now)
    }
  })
})
await new Promise((resolve) => setTimeout(resolve, 300))

const sleepSeconds = 1 / rate
const program = startContainerProcess({
  image: resolveSimulatedImage('busybox')!,
  command: ['/bin/sh', '-c', `for i in $(seq ${total}); do echo line $i; sleep ${sleepSeconds}; done`],
  context: { containerName, environment: {} },
  fault: null,
})
const cursor = openContainerProcess({ program, scale: 1 })
const startedAt = performance.now()
// Line i is printed at (i - 1) / rate seconds after the start.
const printedAt = (i: number) => startedAt + ((i - 1) * 1000) / rate

await new Promise<void>((resolve) => {
  const tick = () => {
    const progress = cursor.advance(performance.now() - startedAt)
    if (progress.lines.length) void appendLogLines({ containerGroupId, containerName, instance, lines: progress.lines })
    if (progress.exit || progress.nextAtMs === null) return resolve()
    setTimeout(tick, Math.max(0, startedAt + progress.nextAtMs - performance.now()))
  }
  tick()
})
const writeSeconds = (performance.now() - startedAt) / 1000
await new Promise((resolve) => setTimeout(resolve, 1_000))
client.destroy()
server.closeAllConnections()
server.close()

const latencies = [...received].map(([i, at]) => at - printedAt(i)).sort((a, b) => a - b)
const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN
const round = (ms: number) => Math.round(ms * 10) / 10
const result = {
  lines: total,
  received: received.size,
  linesPerSecondWritten: Math.round(total / writeSeconds),
  p50Ms: round(percentile(50)),
  p99Ms: round(percentile(99)),
  maxMs: round(latencies.at(-1) ?? NaN),
  goalP99Ms: 100,
}
console.log(`wrote ${total} lines in ${writeSeconds.toFixed(1)} s (${result.linesPerSecondWritten}/s); the SSE client received ${received.size}`)
console.log(`write -> SSE receipt latency: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms (goal p99 <= 100 ms)`)

const redis = sharedRedis()
let scanCursor = '0'
do {
  const [next, keys] = await redis.scan(scanCursor, 'MATCH', `${process.env.REDIS_PREFIX}:*`, 'COUNT', 1000)
  if (keys.length) await redis.del(...keys)
  scanCursor = next
} while (scanCursor !== '0')
redis.disconnect()
console.log(JSON.stringify(result))
