import { db } from '../db/client'
import { RESOURCE_GROUP_DELETE_KIND, resourceGroupNameOf } from './start-resource-group-deletion'

/** Lower-cased names of the subscription's resource groups whose deletion is under way. */
export async function findDeletingResourceGroupIds({ subscriptionId }: { subscriptionId: string }): Promise<Set<string>> {
  const operations = await db.operation.findMany({ where: { subscriptionId, kind: RESOURCE_GROUP_DELETE_KIND, status: 'Pending' }, select: { resourceId: true } })
  return new Set(operations.map((o) => resourceGroupNameOf(o).toLowerCase()))
}
