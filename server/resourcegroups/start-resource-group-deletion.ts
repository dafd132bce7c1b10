// DELETE /subscriptions/{s}/resourcegroups/{name} (and the portal's "Delete resource group") is a
// long-running operation in ARM: 202 with a Location to poll. The caller's right to delete is
// checked here, once; the operation row is the durable record of that decision and job
// resourcegroups.delete carries it out in the worker. If Redis loses the job, the reconciler
// enqueues it again from the Pending operation.
import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'
import { resourceGroupResourceId } from '../containergroups/resource-id'
import type { Operation } from '../db/generated/client'
import { enqueue, resourceGroupDeleteJobId } from '../jobs/queue'
import { getResourceGroupOrThrow } from './get-resource-group-or-throw'

export const RESOURCE_GROUP_DELETE_KIND = 'resourceGroupDelete'

/** The resource group name an operation row was created for (its resourceId ends with it). */
export function resourceGroupNameOf(operation: Pick<Operation, 'resourceId'>): string {
  return operation.resourceId.split('/').pop() ?? ''
}

export async function startResourceGroupDeletion({ principal, subscriptionId, resourceGroupName }: { principal: TPrincipal; subscriptionId: string; resourceGroupName: string }) {
  const { subscription, resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission: 'resourceGroups.delete' })
  const resourceId = resourceGroupResourceId(subscription.id, resourceGroup.name)
  const operation =
    (await db.operation.findFirst({ where: { subscriptionId: subscription.id, kind: RESOURCE_GROUP_DELETE_KIND, resourceId, status: 'Pending' } })) ??
    (await db.operation.create({
      data: { kind: RESOURCE_GROUP_DELETE_KIND, subscriptionId: subscription.id, resourceId, resourceGroupId: resourceGroup.id, location: resourceGroup.location },
    }))
  await enqueue('resourcegroups.delete', { operationId: operation.id }, { jobId: resourceGroupDeleteJobId(operation.id) }).catch((error) =>
    console.error(`enqueue of the deletion of ${resourceId} failed; the reconciler will retry`, error),
  )
  return { operation, resourceGroup }
}
