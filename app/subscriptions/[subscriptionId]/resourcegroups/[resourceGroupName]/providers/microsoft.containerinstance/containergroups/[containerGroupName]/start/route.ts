// POST .../containerGroups/{name}/start – start a stopped group (202 + Azure-AsyncOperation; 204 if already running)
import { armEmpty } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { asyncOperationHeaders } from '@/server/arm/arm-container-group'
import { resolveContainerGroupId } from '@/server/arm/resolve-container-group-id'
import { startContainerGroup } from '@/server/containergroups/start-container-group'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const POST = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string }>(async ({ principal, params, origin }) => {
  const { containerGroup, operation } = await startContainerGroup({ principal, containerGroupId: await resolveContainerGroupId({ principal, ...params }) })
  if (!operation) return armEmpty(204)
  return armEmpty(202, asyncOperationHeaders({ origin, subscriptionId: containerGroup.subscriptionId, location: containerGroup.location, operationId: operation.id }))
})

export const GET = methodNotAllowed
export const HEAD = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
