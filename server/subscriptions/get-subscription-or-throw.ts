import type { Db, Tx } from '../db/client'
import { db as defaultDb } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The subscription, if it is in the caller's tenant and the caller holds any role in it.
 * Anything else answers exactly like a subscription that does not exist.
 */
export async function getSubscriptionOrThrow({ principal, subscriptionId, client = defaultDb }: { principal: TPrincipal; subscriptionId: string; client?: Db | Tx }) {
  const notFound = new ArmError('SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`)
  if (!GUID.test(subscriptionId)) throw notFound
  const subscription = await client.subscription.findFirst({
    where: { id: subscriptionId.toLowerCase(), tenantId: principal.tenantId, roleAssignments: { some: { principalId: principal.id } } },
  })
  if (!subscription) throw notFound
  return subscription
}
