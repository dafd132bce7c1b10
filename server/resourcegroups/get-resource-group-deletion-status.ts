// Polling a resource-group deletion (the Location of the 202). Answers are in ARM's "resource
// location" style: 'running' until the group is gone, then 'succeeded' – never a 204, which the
// modular arm-resources client rejects.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'
import { driveResourceGroupDeletion, RESOURCE_GROUP_DELETE_KIND } from './start-resource-group-deletion'

export type TResourceGroupDeletionStatus = { status: 'running' } | { status: 'succeeded' } | { status: 'failed'; error: { code: string; message: string } }

export async function getResourceGroupDeletionStatus({
  principal,
  subscriptionId,
  operationId,
  resourceGroupId,
}: {
  principal: TPrincipal
  subscriptionId: string
  operationId: string
  resourceGroupId: string
}): Promise<TResourceGroupDeletionStatus> {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId })
  const operation = await db.operation.findFirst({ where: { id: operationId, subscriptionId: subscription.id, kind: RESOURCE_GROUP_DELETE_KIND } })
  if (!operation) throw new ArmError('ResourceNotFound', `The operation result '${operationId}' could not be found.`)
  if (operation.status === 'Succeeded') return { status: 'succeeded' }
  if (operation.status === 'Failed') {
    const error = (operation.error ?? {}) as { code?: string; message?: string }
    return { status: 'failed', error: { code: error.code ?? 'InternalServerError', message: error.message ?? 'The resource group could not be deleted.' } }
  }
  const stillThere = await db.resourceGroup.findFirst({ where: { id: resourceGroupId, subscriptionId: subscription.id }, select: { id: true } })
  if (!stillThere) {
    await db.operation.updateMany({ where: { id: operation.id, status: 'Pending' }, data: { status: 'Succeeded', endTime: new Date() } })
    return { status: 'succeeded' }
  }
  void driveResourceGroupDeletion({ principal, operation })
  return { status: 'running' }
}
