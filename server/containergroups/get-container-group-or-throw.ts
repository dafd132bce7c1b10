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

/** A container group the caller may see, with its containers; otherwise ResourceNotFound. */
export async function getContainerGroupOrThrow({
  principal,
  subscriptionId,
  resourceGroupName,
  name,
  permission = 'containerGroups.read',
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  name: string
  permission?: Permission
}) {
  const { resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission })
  const containerGroup = await db.containerGroup.findFirst({
    where: { resourceGroupId: resourceGroup.id, name: name.toLowerCase(), subscription: { tenantId: principal.tenantId } },
    include: containerGroupInclude,
  })
  if (!containerGroup) {
    throw new ArmError(
      'ResourceNotFound',
      `The Resource 'Microsoft.ContainerInstance/containerGroups/${name}' under resource group '${resourceGroupName}' was not found.`,
    )
  }
  return containerGroup
}

export type TContainerGroupWithContainers = Awaited<ReturnType<typeof getContainerGroupOrThrow>>
