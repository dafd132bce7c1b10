// GET /subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{location}/operations/{id} – async operation status (always 200)
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { RETRY_AFTER_SECONDS } from '@/server/arm/arm-container-group'
import { serializeEvent } from '@/server/arm/serialize-container-group'
import { getContainerGroupOperation } from '@/server/containergroups/get-container-group-operation'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; location: string; operationId: string }>(async ({ principal, params }) => {
  const { operation, status, error, events } = await getContainerGroupOperation({ principal, ...params })
  // az waits 30 s between polls unless told otherwise.
  const headers: Record<string, string> = status === 'Pending' ? { 'retry-after': RETRY_AFTER_SECONDS } : {}
  return armJson({
    id: operation.resourceId,
    name: operation.id,
    status,
    startTime: operation.startTime.toISOString(),
    ...(operation.endTime ? { endTime: operation.endTime.toISOString() } : {}),
    ...(error ? { error } : {}),
    properties: { events: events.map(serializeEvent) },
  }, { headers })
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
