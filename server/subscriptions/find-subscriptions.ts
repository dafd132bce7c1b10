import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'

/** Subscriptions in the caller's tenant on which the caller holds a role (at any scope within them). */
export async function findSubscriptions({ principal }: { principal: TPrincipal }) {
  return db.subscription.findMany({
    where: { tenantId: principal.tenantId, roleAssignments: { some: { principalId: principal.id } } },
    orderBy: { createdAt: 'asc' },
  })
}
