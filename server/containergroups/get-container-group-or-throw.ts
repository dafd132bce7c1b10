import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { Permission, TPrincipal } from '../auth/permissions'
import { getResourceGroupOrThrow } from '../resourcegroups/get-resource-group-or-throw'

export const containerGroupInclude = {
  containers: { orderBy: { ordinal: 'asc' } },
  resourceGroup: { select: { name: true } },
  subscription: { select: { id: true, displayName: true, tenantId: true } },
  placement: { select: { nodeId: true, node: { select: { name: true } } } },
} as const

type TGetContainerGroupOptions = {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  name: string
  permission?: Permission
}

const containersInOrder = { orderBy: { ordinal: 'asc' } } as const

/**
 * The group by name inside a resource group the caller may see; otherwise ResourceNotFound.
 * Its resource group and subscription were read by getResourceGroupOrThrow already, so they are
 * attached from there instead of being loaded again with the group.
 */
async function findInResourceGroupOrThrow<I extends { containers: typeof containersInOrder }>(
  { principal, subscriptionId, resourceGroupName, name, permission = 'containerGroups.read' }: TGetContainerGroupOptions,
  include: I,
) {
  const { subscription, resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission })
  const containerGroup = await db.containerGroup.findFirst({
    where: { resourceGroupId: resourceGroup.id, name: name.toLowerCase(), subscription: { tenantId: principal.tenantId } },
    include,
  })
  if (!containerGroup) {
    throw new ArmError(
      'ResourceNotFound',
      `The Resource 'Microsoft.ContainerInstance/containerGroups/${name}' under resource group '${resourceGroupName}' was not found.`,
    )
  }
  return {
    ...containerGroup,
    resourceGroup: { name: resourceGroup.name },
    subscription: { id: subscription.id, displayName: subscription.displayName, tenantId: subscription.tenantId },
  }
}

/** A container group the caller may see, with its containers and placement; otherwise ResourceNotFound. */
export async function getContainerGroupOrThrow(options: TGetContainerGroupOptions) {
  return findInResourceGroupOrThrow(options, { containers: containersInOrder, placement: containerGroupInclude.placement })
}

/** The same group with its containers only, for the ARM read path, which never shows the placement. */
export async function getContainerGroupWithContainersOrThrow(options: TGetContainerGroupOptions) {
  return findInResourceGroupOrThrow(options, { containers: containersInOrder })
}

export type TContainerGroupWithContainers = Awaited<ReturnType<typeof getContainerGroupOrThrow>>
