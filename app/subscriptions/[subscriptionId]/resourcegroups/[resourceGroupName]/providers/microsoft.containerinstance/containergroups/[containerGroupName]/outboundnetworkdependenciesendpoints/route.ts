// GET .../containerGroups/{name}/outboundNetworkDependenciesEndpoints – always empty for container groups
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { resolveContainerGroupId } from '@/server/arm/resolve-container-group-id'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string }>(async ({ principal, params }) => {
  await resolveContainerGroupId({ principal, ...params })
  return armJson([])
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
