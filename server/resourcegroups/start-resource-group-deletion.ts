// DELETE /subscriptions/{s}/resourcegroups/{name} is a long-running operation in ARM: 202 with a
// Location to poll. The operation row is the durable record; the emptying itself runs in the
// background of this process and is picked up again by the next poll if the process died.
import { db } from '../db/client'
import { isArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { resourceGroupResourceId } from '../containergroups/resource-id'
import type { Operation } from '../db/generated/client'
import { deleteResourceGroup } from './delete-resource-group'
import { getResourceGroupOrThrow } from './get-resource-group-or-throw'

export const RESOURCE_GROUP_DELETE_KIND = 'resourceGroupDelete'

const inFlight = new Map<string, Promise<void>>()

/** The resource group name an operation row was created for (its resourceId ends with it). */
export function resourceGroupNameOf(operation: Pick<Operation, 'resourceId'>): string {
  return operation.resourceId.split('/').pop() ?? ''
}

/** Runs (or re-runs) the deletion behind an operation; resolves when this attempt ends. */
export function driveResourceGroupDeletion({ principal, operation }: { principal: TPrincipal; operation: Operation }): Promise<void> {
  const running = inFlight.get(operation.id)
  if (running) return running
  const attempt = (async () => {
    try {
      await deleteResourceGroup({ principal, subscriptionId: operation.subscriptionId, resourceGroupName: resourceGroupNameOf(operation) })
      await db.operation.updateMany({ where: { id: operation.id, status: 'Pending' }, data: { status: 'Succeeded', endTime: new Date() } })
    } catch (error) {
      // Still emptying, or this caller may not delete: a later poll (or the owner's) carries on.
      if (isArmError(error) && (error.code === 'ResourceGroupBeingDeleted' || error.code === 'AuthorizationFailed')) return
      if (isArmError(error) && error.code === 'ResourceGroupNotFound') {
        await db.operation.updateMany({ where: { id: operation.id, status: 'Pending' }, data: { status: 'Succeeded', endTime: new Date() } })
        return
      }
      if (!isArmError(error)) console.error(`resource group deletion ${operation.id} failed`, error)
      const body = isArmError(error) ? { code: error.code, message: error.message } : { code: 'InternalServerError', message: 'The resource group could not be deleted.' }
      await db.operation.updateMany({ where: { id: operation.id, status: 'Pending' }, data: { status: 'Failed', endTime: new Date(), error: body } })
    } finally {
      inFlight.delete(operation.id)
    }
  })().catch((error: unknown) => console.error(`resource group deletion ${operation.id}: could not record the outcome; the next poll retries`, error))
  inFlight.set(operation.id, attempt)
  return attempt
}

export async function startResourceGroupDeletion({ principal, subscriptionId, resourceGroupName }: { principal: TPrincipal; subscriptionId: string; resourceGroupName: string }) {
  const { subscription, resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission: 'resourceGroups.delete' })
  const resourceId = resourceGroupResourceId(subscription.id, resourceGroup.name)
  const operation =
    (await db.operation.findFirst({ where: { subscriptionId: subscription.id, kind: RESOURCE_GROUP_DELETE_KIND, resourceId, status: 'Pending' } })) ??
    (await db.operation.create({ data: { kind: RESOURCE_GROUP_DELETE_KIND, subscriptionId: subscription.id, resourceId, location: resourceGroup.location } }))
  void driveResourceGroupDeletion({ principal, operation })
  return { operation, resourceGroup }
}
