// A resource group whose deletion is under way answers GET with provisioningState "Deleting" and
// refuses new content, as ARM does.
import { db } from '../db/client'
import type { ResourceGroup } from '../db/generated/client'
import { resourceGroupResourceId } from '../containergroups/resource-id'
import { RESOURCE_GROUP_DELETE_KIND } from './start-resource-group-deletion'

export async function findPendingResourceGroupDeletion(resourceGroup: Pick<ResourceGroup, 'subscriptionId' | 'name'>) {
  return db.operation.findFirst({
    where: {
      subscriptionId: resourceGroup.subscriptionId,
      kind: RESOURCE_GROUP_DELETE_KIND,
      resourceId: resourceGroupResourceId(resourceGroup.subscriptionId, resourceGroup.name),
      status: 'Pending',
    },
    select: { id: true },
  })
}
