// The body of job resourcegroups.delete: empties the resource group behind an accepted deletion
// operation and deletes it. The caller's authority was checked when the operation was accepted
// (startResourceGroupDeletion), so the worker acts on that, whoever polls or not.
// Each container group goes through the one delete that releases its placement. The relation
// ContainerGroup -> ResourceGroup is Restrict, not Cascade: a group created after the listing
// makes the final delete fail instead of silently taking its placement (and the node's capacity
// with it), and the job is retried, which deletes that group the normal way too.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { isForeignKeyViolation } from '../db/errors'
import { deleteContainerGroupOfDeletedResourceGroup } from '../containergroups/delete-container-group'
import { RESOURCE_GROUP_DELETE_KIND, resourceGroupNameOf } from './start-resource-group-deletion'

export async function deleteResourceGroup({ operationId }: { operationId: string }): Promise<{ outcome: 'deleted' | 'nothing-to-do' }> {
  const operation = await db.operation.findUnique({ where: { id: operationId } })
  if (!operation || operation.kind !== RESOURCE_GROUP_DELETE_KIND || operation.status !== 'Pending') return { outcome: 'nothing-to-do' }
  const { subscriptionId } = operation
  const resourceGroup = await db.resourceGroup.findFirst({
    // Operations accepted before resourceGroupId was recorded name their group in resourceId.
    where: operation.resourceGroupId ? { id: operation.resourceGroupId, subscriptionId } : { subscriptionId, nameKey: resourceGroupNameOf(operation).toLowerCase() },
    select: { id: true, name: true },
  })
  if (resourceGroup) {
    const containerGroups = await db.containerGroup.findMany({ where: { resourceGroupId: resourceGroup.id }, select: { id: true } })
    for (const group of containerGroups) await deleteContainerGroupOfDeletedResourceGroup({ containerGroupId: group.id })
    try {
      await db.resourceGroup.deleteMany({ where: { id: resourceGroup.id } })
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error
      throw new ArmError('ResourceGroupBeingDeleted', `The resource group '${resourceGroup.name}' gained a resource while it was being deleted; deleting it again.`)
    }
  }
  await db.operation.updateMany({ where: { id: operation.id, status: 'Pending' }, data: { status: 'Succeeded', endTime: new Date() } })
  return { outcome: 'deleted' }
}
