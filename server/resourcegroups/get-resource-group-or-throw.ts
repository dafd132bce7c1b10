import type { Db, Tx } from '../db/client'
import { db as defaultDb } from '../db/client'
import { ArmError } from '../arm/errors'
import { assertPermission, hasPermission, resourceGroupScope, type Permission, type TPrincipal } from '../auth/permissions'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'

/**
 * The resource group, scoped to the caller's tenant. A caller without read access gets the same
 * 404 as for a group that does not exist; `permission` is then checked on top.
 */
export async function getResourceGroupOrThrow({
  principal,
  subscriptionId,
  resourceGroupName,
  permission = 'resourceGroups.read',
  client = defaultDb,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  permission?: Permission
  client?: Db | Tx
}) {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId, client })
  const scope = resourceGroupScope(subscription.id, resourceGroupName)
  const resourceGroup = await client.resourceGroup.findUnique({
    where: { subscriptionId_nameKey: { subscriptionId: subscription.id, nameKey: resourceGroupName.toLowerCase() } },
  })
  if (!resourceGroup || !(await hasPermission(client, principal, scope, 'resourceGroups.read'))) {
    throw new ArmError('ResourceGroupNotFound', `Resource group '${resourceGroupName}' could not be found.`)
  }
  if (permission !== 'resourceGroups.read') await assertPermission(client, principal, scope, permission)
  return { subscription, resourceGroup }
}
