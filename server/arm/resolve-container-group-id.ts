import type { TPrincipal } from '../auth/permissions'
import { getContainerGroupOrThrow } from '../containergroups/get-container-group-or-throw'

/** The id of a container group addressed by ARM path, after the same visibility checks as GET. */
export async function resolveContainerGroupId(options: { principal: TPrincipal; subscriptionId: string; resourceGroupName: string; containerGroupName: string }) {
  const group = await getContainerGroupOrThrow({
    principal: options.principal,
    subscriptionId: options.subscriptionId,
    resourceGroupName: options.resourceGroupName,
    name: options.containerGroupName,
  })
  return group.id
}
