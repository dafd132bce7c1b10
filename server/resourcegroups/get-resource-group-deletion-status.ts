// Polling a resource-group deletion (the Location of the 202). Answers are in ARM's "resource
// location" style: 'running' until the group is gone, then 'succeeded' – never a 204, which the
// modular arm-resources client rejects. Polling only reads: job resourcegroups.delete does the work.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'
import { RESOURCE_GROUP_DELETE_KIND } from './start-resource-group-deletion'

export type TResourceGroupDeletionStatus = { status: 'running' } | { status: 'succeeded' } | { status: 'failed'; error: { code: string; message: string } }

export async function getResourceGroupDeletionStatus({ principal, subscriptionId, operationId }: { principal: TPrincipal; subscriptionId: string; operationId: string }): Promise<TResourceGroupDeletionStatus> {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId })
  const operation = await db.operation.findFirst({ where: { id: operationId, subscriptionId: subscription.id, kind: RESOURCE_GROUP_DELETE_KIND } })
  if (!operation) throw new ArmError('ResourceNotFound', `The operation result '${operationId}' could not be found.`)
  if (operation.status === 'Succeeded') return { status: 'succeeded' }
  if (operation.status === 'Failed') {
    const error = (operation.error ?? {}) as { code?: string; message?: string }
    return { status: 'failed', error: { code: error.code ?? 'InternalServerError', message: error.message ?? 'The resource group could not be deleted.' } }
  }
  return { status: 'running' }
}
