// The signed-in caller, for pages, server actions and portal route handlers. Every entry
// point calls one of these; middleware is never the only gate.
import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { db } from '../db/client'
import { authOptions } from './auth-options'
import type { TPrincipal } from './permissions'

export type TSessionPrincipal = TPrincipal & { email: string; displayName: string }

export async function getPrincipal(): Promise<TSessionPrincipal | null> {
  const session = await getServerSession(authOptions)
  if (!session?.user?.id || !session.user.tenantId) return null
  // The token may outlive its user (deleted, or a database reset): check it still exists.
  const user = await db.user.findFirst({ where: { id: session.user.id, tenantId: session.user.tenantId } })
  if (!user) return null
  return { id: user.id, tenantId: user.tenantId, type: 'User', email: user.email, displayName: user.displayName }
}

/** For pages and server actions: the caller, or a redirect to sign-in. */
export async function requirePrincipal(): Promise<TSessionPrincipal> {
  const principal = await getPrincipal()
  if (!principal) redirect('/signin')
  return principal
}
