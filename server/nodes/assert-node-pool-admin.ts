// The node pool belongs to whoever runs Cerulean, not to any tenant: only users flagged as
// admins (the seeded demo user is one) may see or change it. Checked at every door, in the query.
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'

export async function isNodePoolAdmin(principal: TPrincipal): Promise<boolean> {
  if (principal.type !== 'User') return false
  const user = await db.user.findFirst({ where: { id: principal.id, tenantId: principal.tenantId, isAdmin: true }, select: { id: true } })
  return user !== null
}

export async function assertNodePoolAdmin(principal: TPrincipal): Promise<void> {
  if (!(await isNodePoolAdmin(principal))) {
    throw new ArmError('AuthorizationFailed', `The client '${principal.id}' does not have authorization to administer the node pool.`)
  }
}
