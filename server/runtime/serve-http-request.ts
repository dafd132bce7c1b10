// The gateway's logic: a request whose Host is a container group's FQDN is answered by the
// simulated image of that group's running container, and shows up in its log the way the
// quickstart shows it. Everything else gets a plain 404, as an unassigned Azure FQDN would.
import { db as defaultDb, type Db } from '../db/client'
import { appendLogLines } from '../logs/append-log-lines'
import { logInstanceId } from '../logs/log-stream-key'
import { accessLogLine } from './access-log-line'
import { isDefaultCommand } from './container-process'
import type { TSimulatedHttpRequest, TSimulatedHttpResponse } from './http-types'
import { resolveSimulatedImage } from './simulated-images'

function plainResponse(status: number, text: string): TSimulatedHttpResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }, body: text }
}

/** "Mygroup.eastus.aci.localhost:3000." -> "mygroup.eastus.aci.localhost" */
export function fqdnFromHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
}

export async function serveHttpRequest({
  client = defaultDb,
  host,
  request,
}: {
  client?: Db
  host: string
  request: TSimulatedHttpRequest
}): Promise<TSimulatedHttpResponse> {
  const fqdn = fqdnFromHost(host)
  const group = await client.containerGroup.findUnique({
    where: { fqdn },
    include: { containers: { orderBy: { ordinal: 'asc' } } },
  })
  if (!group || group.ipAddressType !== 'Public' || group.state !== 'Running') {
    return plainResponse(404, `404 Not Found\n\nNo running container group answers at ${fqdn}.\n`)
  }
  // A command override replaces the image's server (nginx running `sh -c ...` serves nothing).
  const serves = (c: (typeof group.containers)[number]) => {
    const image = resolveSimulatedImage(c.image)
    return image?.serveHttp && isDefaultCommand(image, Array.isArray(c.command) ? (c.command as string[]) : []) ? image : null
  }
  const container = group.containers.find((c) => c.lifecycleStage === 'Running' && serves(c))
  const image = container ? serves(container) : null
  const serveHttp = image?.serveHttp
  if (!container || !image || !serveHttp) {
    return plainResponse(502, `502 Bad Gateway\n\nNo container in ${group.name} is listening for HTTP.\n`)
  }
  const response = serveHttp(request)
  const entry = { request, response, at: new Date() }
  await appendLogLines({
    containerGroupId: group.id,
    containerName: container.name,
    instance: logInstanceId({ generation: group.generation, restartCount: container.restartCount }),
    lines: [(image.accessLogLine ?? accessLogLine)(entry)],
  })
  return response
}
