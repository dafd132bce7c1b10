// POST .../containerGroups/{name}/restart – restart every container in place (204)
import { armEmpty } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { resolveContainerGroupId } from '@/server/arm/resolve-container-group-id'
import { restartContainerGroup } from '@/server/containergroups/restart-container-group'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const POST = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string }>(async ({ principal, params }) => {
  await restartContainerGroup({ principal, containerGroupId: await resolveContainerGroupId({ principal, ...params }) })
  return armEmpty(204)
})

export const GET = methodNotAllowed
export const HEAD = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
