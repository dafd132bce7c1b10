// The async-operation status a client polls after PUT/start/restart (the Azure-AsyncOperation URL).
// Always 200; the body's status moves Pending → Succeeded | Failed (core-lro keeps polling any
// status it does not know as terminal). The control plane ends operations; if a group settled but
// its operation row was not closed, the group's provisioning state is the answer.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { normalizeRegion } from '../arm/regions'
import type { TPrincipal } from '../auth/permissions'
import { hasPermission, subscriptionScope } from '../auth/permissions'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'
import { findResourceGroups } from '../resourcegroups/find-resource-groups'
import type { Event } from '../db/generated/client'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type TOperationStatus = 'Pending' | 'Succeeded' | 'Failed' | 'Canceled'

export async function getContainerGroupOperation({ principal, subscriptionId, location, operationId }: { principal: TPrincipal; subscriptionId: string; location: string; operationId: string }) {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId })
  const notFound = new ArmError('ResourceNotFound', `The operation '${operationId.slice(0, 100)}' could not be found in location '${location.slice(0, 100)}'.`)
  if (!GUID.test(operationId)) throw notFound
  const operation = await db.operation.findFirst({
    where: { id: operationId.toLowerCase(), subscriptionId: subscription.id },
    include: { containerGroup: { select: { id: true, provisioningState: true, resourceGroupId: true } } },
  })
  if (!operation || operation.location !== normalizeRegion(location)) throw notFound
  // Only callers who can see the group's resource group see its operations.
  if (!(await hasPermission(db, principal, subscriptionScope(subscription.id), 'containerGroups.read'))) {
    const visible = await findResourceGroups({ principal, subscriptionId: subscription.id })
    if (!operation.containerGroup || !visible.some((g) => g.id === operation.containerGroup!.resourceGroupId)) throw notFound
  }

  let status = operation.status as TOperationStatus
  let error = operation.error as { code: string; message: string } | null
  if (status === 'Pending') {
    const state = operation.containerGroup?.provisioningState
    if (!operation.containerGroup) {
      status = 'Canceled'
      error = { code: 'Canceled', message: 'The container group was deleted before the operation completed.' }
    } else if (state === 'Succeeded') status = 'Succeeded'
    else if (state === 'Failed') {
      status = 'Failed'
      error ??= { code: 'ContainerGroupDeploymentFailed', message: 'The container group deployment failed. See the container group events for details.' }
    }
  }
  const events: Event[] = operation.containerGroupId
    ? await db.event.findMany({ where: { containerGroupId: operation.containerGroupId }, orderBy: { firstTimestamp: 'asc' }, take: 200 })
    : []
  return { operation, status, error: status === 'Failed' || status === 'Canceled' ? error : null, events }
}
