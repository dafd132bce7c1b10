// Where `cerulean sp create` puts a new service principal when the operator does not say:
// the tenant of --email's user (or of --scope's subscription), else the demo user's, else
// the only tenant there is. The scope defaults to that tenant's first subscription, as
// `az ad sp create-for-rbac` defaults to the current subscription.
import { db } from '../db/client'
import { DEMO_USER } from '../../prisma/demo-user'

export type TServicePrincipalTarget = { tenantId: string; scope: string }

async function tenantOfUser(email: string): Promise<string> {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { tenantId: true } })
  if (!user) throw new Error(`No user with the email '${email}'. Create one with: cerulean user create --email ${email} --password …`)
  return user.tenantId
}

async function defaultTenant(): Promise<string> {
  const demo = await db.user.findUnique({ where: { email: DEMO_USER.email }, select: { tenantId: true } })
  if (demo) return demo.tenantId
  const tenants = await db.tenant.findMany({ select: { id: true }, take: 2 })
  if (tenants.length === 1) return tenants[0].id
  throw new Error(tenants.length ? 'There are several tenants: choose one with --email USER.' : 'There is no user yet: run `cerulean user create` first.')
}

async function tenantOfScope(scope: string): Promise<string> {
  const subscriptionId = scope.split('/')[2] ?? ''
  const subscription = /^[0-9a-f-]{36}$/i.test(subscriptionId)
    ? await db.subscription.findUnique({ where: { id: subscriptionId }, select: { tenantId: true } })
    : null
  if (!subscription) throw new Error(`The subscription '${subscriptionId}' in --scope could not be found.`)
  return subscription.tenantId
}

export async function findServicePrincipalTarget({ email, scope }: { email?: string; scope?: string }): Promise<TServicePrincipalTarget> {
  const tenantId = email ? await tenantOfUser(email) : scope ? await tenantOfScope(scope) : await defaultTenant()
  if (scope) return { tenantId, scope }
  const subscription = await db.subscription.findFirst({ where: { tenantId }, orderBy: { createdAt: 'asc' }, select: { id: true } })
  if (!subscription) throw new Error(`The tenant '${tenantId}' has no subscription to give the service principal a role on.`)
  return { tenantId, scope: `/subscriptions/${subscription.id}` }
}
