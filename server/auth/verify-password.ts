import { verify } from '@node-rs/argon2'
import { db } from '../db/client'
import type { TPrincipal } from './permissions'

/** The user's principal when the password matches, null otherwise (never says which part was wrong). */
export async function verifyPassword(email: string, password: string): Promise<(TPrincipal & { email: string; displayName: string }) | null> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } })
  if (!user) return null
  const ok = await verify(user.passwordHash, password).catch(() => false)
  return ok ? { id: user.id, tenantId: user.tenantId, type: 'User', email: user.email, displayName: user.displayName } : null
}
