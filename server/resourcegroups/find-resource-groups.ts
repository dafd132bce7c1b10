import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'

/** Resource groups the caller can see, across their subscriptions or in one. */
export async function findResourceGroups({ principal, subscriptionId }: { principal: TPrincipal; subscriptionId?: string }) {
  const groups = await db.resourceGroup.findMany({
    where: { subscription: { tenantId: principal.tenantId, ...(subscriptionId ? { id: subscriptionId } : {}) } },
    include: { subscription: { select: { id: true, displayName: true } }, _count: { select: { containerGroups: true } } },
    orderBy: { nameKey: 'asc' },
  })
  const assignments = await db.roleAssignment.findMany({ where: { principalId: principal.id, subscription: { tenantId: principal.tenantId } } })
  const scopes = new Set(assignments.map((a) => a.scope))
  return groups.filter(
    (g) => scopes.has(`/subscriptions/${g.subscriptionId}`) || scopes.has(`/subscriptions/${g.subscriptionId}/resourcegroups/${g.nameKey}`),
  )
}
