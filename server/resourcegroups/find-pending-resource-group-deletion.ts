// A resource group whose deletion is under way answers GET with provisioningState "Deleting" and
// refuses new content, as ARM does.
import { db, type Db, type Tx } from '../db/client'
import { ArmError } from '../arm/errors'
import type { ResourceGroup } from '../db/generated/client'
import { resourceGroupResourceId } from '../containergroups/resource-id'
import { RESOURCE_GROUP_DELETE_KIND } from './start-resource-group-deletion'

export async function findPendingResourceGroupDeletion(resourceGroup: Pick<ResourceGroup, 'subscriptionId' | 'name'>, client: Db | Tx = db) {
  return client.operation.findFirst({
    where: {
      subscriptionId: resourceGroup.subscriptionId,
      kind: RESOURCE_GROUP_DELETE_KIND,
      resourceId: resourceGroupResourceId(resourceGroup.subscriptionId, resourceGroup.name),
      status: 'Pending',
    },
    select: { id: true },
  })
}

export function resourceGroupBeingDeletedError(resourceGroupName: string) {
  return new ArmError('ResourceGroupBeingDeleted', `The resource group '${resourceGroupName}' is in deprovisioning state and cannot perform this operation.`)
}

export async function assertResourceGroupNotBeingDeleted(resourceGroup: Pick<ResourceGroup, 'subscriptionId' | 'name'>, client: Db | Tx = db) {
  if (await findPendingResourceGroupDeletion(resourceGroup, client)) throw resourceGroupBeingDeletedError(resourceGroup.name)
}
