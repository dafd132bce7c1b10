// GET .../containerGroups/{name}/outboundNetworkDependenciesEndpoints – always empty for container groups
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { resolveContainerGroupId } from '@/server/arm/resolve-container-group-id'

export const GET = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string }>(async ({ principal, params }) => {
  await resolveContainerGroupId({ principal, ...params })
  return armJson([])
})
