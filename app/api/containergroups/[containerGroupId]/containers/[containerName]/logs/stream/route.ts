// GET /api/containergroups/{id}/containers/{name}/logs/stream – the portal's live Logs view
// (Server-Sent Events): the lines kept so far, then each new one as it is written. Every
// `data:` is JSON {id, line, timestamp}; the SSE id lets the browser resume after a drop.
import { NextResponse } from 'next/server'
import { isArmError } from '@/server/arm/errors'
import { getPrincipal } from '@/server/auth/session'
import { getContainerGroupByIdOrThrow } from '@/server/containergroups/get-container-group-by-id-or-throw'
import { followLogLines } from '@/server/logs/follow-log-lines'
import { readLogLines } from '@/server/logs/read-log-lines'
import type { TLogLine } from '@/server/logs/log-stream-key'

export const dynamic = 'force-dynamic'

const STREAM_ID = /^\d+-\d+$/

function sse(line: TLogLine): string {
  return `id: ${line.id}\ndata: ${JSON.stringify(line)}\n\n`
}

export async function GET(request: Request, { params }: { params: Promise<{ containerGroupId: string; containerName: string }> }) {
  const principal = await getPrincipal()
  if (!principal) return NextResponse.json({ error: { code: 'AuthenticationFailed', message: 'Sign in to see logs.' } }, { status: 401 })
  const { containerGroupId, containerName } = await params
  try {
    const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId })
    if (!group.containers.some((c) => c.name === containerName)) {
      return NextResponse.json({ error: { code: 'ResourceNotFound', message: `The container '${containerName}' was not found.` } }, { status: 404 })
    }
  } catch (error) {
    if (isArmError(error)) return NextResponse.json(error.toBody(), { status: error.status })
    throw error
  }

  const lastEventId = request.headers.get('last-event-id')
  const tailParam = Number.parseInt(new URL(request.url).searchParams.get('tail') ?? '', 10)
  const encoder = new TextEncoder()
  const abort = new AbortController()
  request.signal.addEventListener('abort', () => abort.abort(), { once: true })

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        let afterId = lastEventId && STREAM_ID.test(lastEventId) ? lastEventId : null
        if (!afterId) {
          const existing = await readLogLines({ containerGroupId, containerName, tail: Number.isFinite(tailParam) ? tailParam : undefined })
          controller.enqueue(encoder.encode(existing.map(sse).join('') || ': connected\n\n'))
          afterId = existing.at(-1)?.id ?? '0-0'
        }
        for await (const batch of followLogLines({ containerGroupId, containerName, afterId, signal: abort.signal })) {
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
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' },
  })
}
