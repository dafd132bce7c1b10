// The body of the portal's live Logs view as Server-Sent Events: the lines kept so far (or the
// last `tail`), then each new one as it is written. Every `data:` is JSON {id, line, timestamp};
// the SSE id lets the browser resume after a drop. Authorization is the caller's job.
import { followLogLines } from './follow-log-lines'
import { readLogLines } from './read-log-lines'
import type { TLogInstance, TLogLine } from './log-stream-key'

const STREAM_ID = /^\d+-\d+$/

function sse(line: TLogLine): string {
  return `id: ${line.id}\ndata: ${JSON.stringify(line)}\n\n`
}

export function createLogEventStream({
  containerGroupId,
  containerName,
  tail,
  lastEventId,
  instance = 'current',
  signal,
  idleMs,
}: {
  containerGroupId: string
  containerName: string
  tail?: number
  lastEventId?: string | null
  instance?: TLogInstance
  signal: AbortSignal
  idleMs?: number
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const abort = new AbortController()
  signal.addEventListener('abort', () => abort.abort(), { once: true })
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        let afterId = lastEventId && STREAM_ID.test(lastEventId) ? lastEventId : null
        if (!afterId) {
          const existing = await readLogLines({ containerGroupId, containerName, tail, instance })
          controller.enqueue(encoder.encode(existing.map(sse).join('') || ': connected\n\n'))
          afterId = existing.at(-1)?.id ?? '0-0'
        }
        for await (const batch of followLogLines({ containerGroupId, containerName, afterId, instance, signal: abort.signal, idleMs })) {
          // An empty batch is an idle period: a comment keeps proxies from closing the stream.
          controller.enqueue(encoder.encode(batch.length ? batch.map(sse).join('') : ': keep-alive\n\n'))
        }
      } catch (error) {
        if (!abort.signal.aborted) console.error('log stream failed:', error)
      } finally {
        try {
          controller.close()
        } catch {
          // already closed by the client going away
        }
      }
    },
    cancel() {
      abort.abort()
    },
  })
}

export const LOG_EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  connection: 'keep-alive',
  'x-accel-buffering': 'no',
}
