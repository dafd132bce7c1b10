import type { Db, Tx } from '../db/client'
import { db as defaultDb } from '../db/client'
import { ArmError } from '../arm/errors'
import { authorizationFailedError, grantedPermissions, resourceGroupScope, type Permission, type TPrincipal } from '../auth/permissions'
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
  const notFound = new ArmError('ResourceGroupNotFound', `Resource group '${resourceGroupName}' could not be found.`)
  if (!resourceGroup) throw notFound
  // One read of the caller's role assignments answers both questions: may they see the group, and may they do `permission`.
  const granted = await grantedPermissions(client, principal, scope)
  if (!granted.has('resourceGroups.read')) throw notFound
  if (!granted.has(permission)) throw authorizationFailedError(principal, scope, permission)
  return { subscription, resourceGroup }
}
