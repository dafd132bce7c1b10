// GET /api/containergroups/{id}/containers/{name}/logs/stream – the portal's live Logs view
// (Server-Sent Events). `tail=N` starts from the last N lines; `instance=previous` shows the run
// before the last restart, which is how a crash loop's last words stay readable.
import { NextResponse } from 'next/server'
import { isArmError } from '@/server/arm/errors'
import { getPrincipal } from '@/server/auth/session'
import { getContainerGroupByIdOrThrow } from '@/server/containergroups/get-container-group-by-id-or-throw'
import { createLogEventStream, LOG_EVENT_STREAM_HEADERS } from '@/server/logs/log-event-stream'

export const dynamic = 'force-dynamic'

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
  const search = new URL(request.url).searchParams
  const tail = Number.parseInt(search.get('tail') ?? '', 10)
  const body = createLogEventStream({
    containerGroupId,
    containerName,
    tail: Number.isFinite(tail) ? tail : undefined,
    lastEventId: request.headers.get('last-event-id'),
    instance: search.get('instance') === 'previous' ? 'previous' : 'current',
    signal: request.signal,
  })
  return new Response(body, { headers: LOG_EVENT_STREAM_HEADERS })
}
