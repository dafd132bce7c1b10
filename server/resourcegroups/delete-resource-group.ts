// Deleting a resource group deletes what is in it first, each container group through the one
// function every delete goes through (so its node capacity is released and its logs dropped),
// and only then the group itself; a cascade alone would leave capacity reserved.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { deleteContainerGroup } from '../containergroups/delete-container-group'
import { getResourceGroupOrThrow } from './get-resource-group-or-throw'

export async function deleteResourceGroup({ principal, subscriptionId, resourceGroupName }: { principal: TPrincipal; subscriptionId: string; resourceGroupName: string }) {
  const { subscription, resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission: 'resourceGroups.delete' })
  const containerGroups = await db.containerGroup.findMany({ where: { resourceGroupId: resourceGroup.id }, select: { id: true } })
  for (const group of containerGroups) {
    await deleteContainerGroup({ principal, containerGroupId: group.id })
  }
  // A deployment that landed while the group was being emptied keeps the group alive.
  const remaining = await db.containerGroup.count({ where: { resourceGroupId: resourceGroup.id } })
  if (remaining > 0) {
    throw new ArmError('ResourceGroupBeingDeleted', `The resource group '${resourceGroup.name}' still holds ${remaining} resource(s). Try again in a moment.`)
  }
  await db.resourceGroup.deleteMany({ where: { id: resourceGroup.id, subscriptionId: subscription.id } })
  return { id: resourceGroup.id, name: resourceGroup.name }
}
