// POST .../containerGroups/{name}/stop – stop and deallocate (204 only: the SDK rejects anything else)
import { armEmpty } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { resolveContainerGroupId } from '@/server/arm/resolve-container-group-id'
import { stopContainerGroup } from '@/server/containergroups/stop-container-group'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const POST = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string }>(async ({ principal, params }) => {
  await stopContainerGroup({ principal, containerGroupId: await resolveContainerGroupId({ principal, ...params }) })
  return armEmpty(204)
})

export const GET = methodNotAllowed
export const HEAD = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
