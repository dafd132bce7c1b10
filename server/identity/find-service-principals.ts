// The app registrations of the caller's tenant with the roles they hold, for the portal's
// "App registrations" page. Secrets are never read here: only their owners saw them, once.
import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'

export type TServicePrincipalRow = { appId: string; objectId: string; displayName: string; createdAt: Date; roles: { roleName: string; scope: string }[] }

export async function findServicePrincipals({ principal }: { principal: TPrincipal }): Promise<TServicePrincipalRow[]> {
  const servicePrincipals = await db.servicePrincipal.findMany({
    where: { tenantId: principal.tenantId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, appId: true, displayName: true, createdAt: true },
  })
  const assignments = await db.roleAssignment.findMany({
    where: { principalId: { in: servicePrincipals.map((sp) => sp.id) }, subscription: { tenantId: principal.tenantId } },
    select: { principalId: true, roleName: true, scope: true },
  })
  return servicePrincipals.map((sp) => ({
    appId: sp.appId,
    objectId: sp.id,
    displayName: sp.displayName,
    createdAt: sp.createdAt,
    roles: assignments.filter((a) => a.principalId === sp.id).map(({ roleName, scope }) => ({ roleName, scope })),
  }))
}
