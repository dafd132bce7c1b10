// A signed-up user, exactly as the sign-up page makes one: own tenant, "Azure subscription 1",
// Owner on it. Each call gets a unique email so tests never share a tenant.
import { randomBytes } from 'node:crypto'
import { signUp } from '../../server/auth/sign-up'
import { db } from '../../server/db/client'
import type { TPrincipal } from '../../server/auth/permissions'

export async function createTestUser({ email, password = 'correct horse battery staple' }: { email?: string; password?: string } = {}) {
  const address = email ?? `user-${randomBytes(5).toString('hex')}@example.com`
  const { user, tenant, subscription } = await signUp({ input: { email: address, password } })
  const principal: TPrincipal = { id: user.id, tenantId: tenant.id, type: 'User' }
  return { user, tenant, subscription, principal, password }
}

/** A second user in an existing tenant, with no role anywhere until a test grants one. */
export async function createTenantMember({ tenantId }: { tenantId: string }) {
  const user = await db.user.create({
    data: { email: `member-${randomBytes(5).toString('hex')}@example.com`, displayName: 'member', passwordHash: 'not-a-password-hash', tenantId },
  })
  const principal: TPrincipal = { id: user.id, tenantId, type: 'User' }
  return { user, principal }
}
