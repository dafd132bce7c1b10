import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'

/** The caller's own directory (tenant); the account menu shows its name. */
export async function getTenant({ principal }: { principal: TPrincipal }) {
  return db.tenant.findUniqueOrThrow({ where: { id: principal.tenantId }, select: { id: true, displayName: true } })
}
