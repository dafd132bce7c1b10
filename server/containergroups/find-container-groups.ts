import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'
import { findResourceGroups } from '../resourcegroups/find-resource-groups'
import { containerGroupInclude } from './get-container-group-or-throw'

/** Container groups the caller can see: everywhere, in one subscription, or in one resource group. */
export async function findContainerGroups({ principal, subscriptionId, resourceGroupId }: { principal: TPrincipal; subscriptionId?: string; resourceGroupId?: string }) {
  const visible = await findResourceGroups({ principal, subscriptionId })
  const ids = visible.map((g) => g.id).filter((id) => !resourceGroupId || id === resourceGroupId)
  return db.containerGroup.findMany({
    where: { resourceGroupId: { in: ids }, subscription: { tenantId: principal.tenantId } },
    include: containerGroupInclude,
    orderBy: [{ name: 'asc' }],
  })
}
