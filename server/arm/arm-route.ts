// The one wrapper every ARM route handler goes through: request ids, api-version, authentication,
// throttling, JSON body reading, and the mapping of every failure to ARM's error envelope. A caller
// can cause any 4xx; a 5xx means a bug and is logged with the request id.
import { randomUUID } from 'node:crypto'
import type { TPrincipal } from '../auth/permissions'
import { isDatabaseUnavailable } from '../db/is-database-unavailable'
import { authenticateArmRequest } from '../identity/authenticate-arm-request'
import { requireApiVersion } from './api-versions'
import { armEmpty, armJson } from './arm-response'
import { ArmError, isArmError } from './errors'
import { publicOrigin } from './public-origin'
import { takeThrottleToken, throttleKindOf } from './throttle'

export type TArmContext<P> = {
  request: Request
  url: URL
  params: P
  principal: TPrincipal
  apiVersion: string
  /** The origin the client called, for absolute nextLink and polling URLs. */
  origin: string
  /** The parsed JSON body; a malformed body becomes 400 InvalidRequestContent. Empty body → undefined. */
  readJson: () => Promise<unknown>
}

type TRouteContext<P> = { params: Promise<P> }

// Bodies beyond this are refused before parsing; a container group definition is a few KB.
const MAX_BODY_BYTES = 1024 * 1024
const SAFE_ID = /^[A-Za-z0-9._:\-{}]{1,128}$/

function correlationId(request: Request): string {
  for (const name of ['x-ms-correlation-request-id', 'x-ms-client-request-id']) {
    const value = request.headers.get(name)?.trim()
    if (value && SAFE_ID.test(value)) return value
  }
  return randomUUID()
}

async function readJsonBody(request: Request): Promise<unknown> {
  let text: string
  try {
    text = await request.text()
  } catch {
    throw new ArmError('InvalidRequestContent', 'The request content could not be read.')
  }
  if (text.length > MAX_BODY_BYTES) {
    throw new ArmError('InvalidRequestContent', `The request content is larger than the ${MAX_BODY_BYTES} bytes allowed.`)
  }
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON'
    throw new ArmError('InvalidRequestContent', `The request content was invalid and could not be deserialized: '${reason}'.`)
  }
}

function throttleScope(params: object, principal: TPrincipal): string {
  const value = (params as { subscriptionId?: unknown }).subscriptionId
  const subscriptionId = typeof value === 'string' ? value : undefined
  return subscriptionId ? `subscription:${subscriptionId}` : `tenant:${principal.tenantId}`
}

export function armRoute<P extends object = Record<string, never>>(handler: (context: TArmContext<P>) => Promise<Response>) {
  return async function armRouteHandler(request: Request, routeContext: TRouteContext<P>): Promise<Response> {
    const requestId = randomUUID()
    const ids: Record<string, string> = { 'x-ms-request-id': requestId, 'x-ms-correlation-request-id': correlationId(request) }
    const clientRequestId = request.headers.get('x-ms-client-request-id')?.trim()
    if (clientRequestId && SAFE_ID.test(clientRequestId)) ids['x-ms-client-request-id'] = clientRequestId
    const isHead = request.method === 'HEAD'
    let response: Response
    try {
      const url = new URL(request.url)
      const params = ((await routeContext?.params) ?? {}) as P
      const apiVersion = requireApiVersion(url)
      const principal = await authenticateArmRequest(request)
      const kind = throttleKindOf(request.method)
      const throttle = await takeThrottleToken(throttleScope(params, principal), kind)
      ids[`x-ms-ratelimit-remaining-subscription-${kind === 'read' ? 'reads' : kind === 'delete' ? 'deletes' : 'writes'}`] = String(throttle.remaining)
      if (!throttle.allowed) {
        ids['retry-after'] = String(throttle.retryAfterSeconds)
        throw new ArmError('TooManyRequests', `Number of '${kind}' requests exceeded the limit. Please try again after '${throttle.retryAfterSeconds}' seconds.`)
      }
      response = await handler({ request, url, params, principal, apiVersion, origin: publicOrigin(request), readJson: () => readJsonBody(request) })
    } catch (error) {
      if (isArmError(error)) {
        response = isHead ? armEmpty(error.status) : armJson(error.toBody(), { status: error.status })
      } else if (isDatabaseUnavailable(error)) {
        // Postgres is down or restarting: not the caller's fault and not a bug; clients retry.
        console.error(`ARM ${request.method} ${safePath(request)}: the database is unavailable (x-ms-request-id ${requestId})`)
        const body = new ArmError('ServiceUnavailable', 'The service is temporarily unavailable: its database cannot be reached. Please retry shortly.').toBody()
        response = isHead ? armEmpty(503) : armJson(body, { status: 503 })
        ids['retry-after'] = '5'
      } else {
        console.error(`ARM ${request.method} ${safePath(request)} failed (x-ms-request-id ${requestId})`, error)
        const body = new ArmError('InternalServerError', `The server encountered an internal error. Tracking id: '${requestId}'.`).toBody()
        response = isHead ? armEmpty(500) : armJson(body, { status: 500 })
      }
    }
    for (const [name, value] of Object.entries(ids)) response.headers.set(name, value)
    return response
  }
}

function safePath(request: Request): string {
  try {
    return new URL(request.url).pathname
  } catch {
    return '(unparseable url)'
  }
}
