// GET .../resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups – list by resource group
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { nextLink } from '@/server/arm/next-link'
import { serializeContainerGroup } from '@/server/arm/serialize-container-group'
import { listContainerGroupsPage } from '@/server/containergroups/list-container-groups-page'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; resourceGroupName: string }>(async ({ principal, params, url, origin }) => {
  const page = await listContainerGroupsPage({
    principal,
    subscriptionId: params.subscriptionId,
    resourceGroupName: params.resourceGroupName,
    skipToken: url.searchParams.get('$skiptoken'),
  })
  return armList(page.containerGroups.map((g) => serializeContainerGroup(g)), nextLink({ origin, url, skipToken: page.nextSkipToken }))
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
