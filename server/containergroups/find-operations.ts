import { db } from '../db/client'
import { resourceGroupScope, subscriptionScope, type TPrincipal } from '../auth/permissions'
import { resourceGroupNameFromId } from './get-operation-or-throw'

/** Recent operations (the portal's Deployments list) on resource groups the caller can see. */
export async function findOperations({ principal, subscriptionId, take = 50 }: { principal: TPrincipal; subscriptionId?: string; take?: number }) {
  const operations = await db.operation.findMany({
    where: { subscription: { tenantId: principal.tenantId, ...(subscriptionId ? { id: subscriptionId } : {}) } },
    include: { containerGroup: { select: { id: true, name: true, provisioningState: true, state: true } } },
    orderBy: { startTime: 'desc' },
    take: take * 2,
  })
  // Role assignments are inherited downwards, so a role on the subscription or on the
  // operation's resource group both grant sight of it.
  const assignments = await db.roleAssignment.findMany({ where: { principalId: principal.id, subscription: { tenantId: principal.tenantId } }, select: { scope: true } })
  const scopes = new Set(assignments.map((a) => a.scope))
  return operations
    .filter((operation) => {
      const resourceGroupName = resourceGroupNameFromId(operation.resourceId)
      return (
        scopes.has(subscriptionScope(operation.subscriptionId)) ||
        (resourceGroupName !== null && scopes.has(resourceGroupScope(operation.subscriptionId, resourceGroupName)))
      )
    })
    .slice(0, take)
}
