// "Container name already exists" while the person types, before Review + create. The
// unique index on (resource group, name) is what refuses a duplicate for certain.
import { db } from '../db/client'
import { hasPermission, resourceGroupScope, type TPrincipal } from '../auth/permissions'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'
import { ZContainerGroupName } from './schemas'

export function containerGroupNameTakenMessage(name: string, resourceGroupName: string): string {
  return `A container group named '${name}' already exists in resource group '${resourceGroupName}'.`
}

export async function checkContainerGroupName({
  principal,
  subscriptionId,
  resourceGroupName,
  name,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  name: string
}): Promise<{ available: boolean; message?: string }> {
  const parsed = ZContainerGroupName.safeParse(name)
  if (!parsed.success) return { available: false, message: parsed.error.issues[0].message }
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId })
  // Someone who cannot read the resource group learns nothing about what it holds.
  if (!(await hasPermission(db, principal, resourceGroupScope(subscription.id, resourceGroupName), 'resourceGroups.read'))) return { available: true }
  const existing = await db.containerGroup.findFirst({
    where: { name, resourceGroup: { subscriptionId: subscription.id, nameKey: resourceGroupName.toLowerCase() }, subscription: { tenantId: principal.tenantId } },
    select: { id: true },
  })
  return existing ? { available: false, message: containerGroupNameTakenMessage(name, resourceGroupName) } : { available: true }
}
