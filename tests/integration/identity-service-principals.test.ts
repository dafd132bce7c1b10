// Service principals as the portal and `cerulean sp create` make them: who may create one,
// on which scope, and what the operator's defaults pick.
import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { signUp } from '@/server/auth/sign-up'
import { resourceGroupScope, type TPrincipal } from '@/server/auth/permissions'
import { ArmError } from '@/server/arm/errors'
import { createServicePrincipal } from '@/server/identity/create-service-principal'
import { findServicePrincipals } from '@/server/identity/find-service-principals'
import { findServicePrincipalTarget } from '@/server/identity/find-service-principal-target'

type TAccount = { principal: TPrincipal; email: string; subscriptionId: string }
let owner: TAccount
let stranger: TAccount

async function newAccount(): Promise<TAccount> {
  const email = `sp-${crypto.randomUUID()}@example.test`
  const { user, subscription } = await signUp({ input: { email, password: 'correct horse battery' } })
  return { principal: { id: user.id, tenantId: user.tenantId, type: 'User' }, email, subscriptionId: subscription.id }
}

function rejectsWith(promise: Promise<unknown>, code: string) {
  return expect(promise).rejects.toSatisfy((e: unknown) => e instanceof ArmError && e.code === code)
}

beforeAll(async () => {
  owner = await newAccount()
  stranger = await newAccount()
})

describe('createServicePrincipal', () => {
  it('lets a subscription Owner create one, stores only a hash and lists it in the tenant', async () => {
    const sp = await createServicePrincipal({
      principal: owner.principal,
      input: { tenantId: owner.principal.tenantId, displayName: 'deploy-bot', role: 'Reader', scope: `/subscriptions/${owner.subscriptionId}` },
    })
    expect(sp.password).toHaveLength(40)
    const stored = await db.servicePrincipal.findUniqueOrThrow({ where: { appId: sp.appId } })
    expect(stored.secretHash).toMatch(/^\$argon2id\$/)
    expect(stored.secretHash).not.toContain(sp.password)
    const rows = await findServicePrincipals({ principal: owner.principal })
    expect(rows.find((row) => row.appId === sp.appId)?.roles).toEqual([{ roleName: 'Reader', scope: `/subscriptions/${owner.subscriptionId}` }])
    expect((await findServicePrincipals({ principal: stranger.principal })).map((row) => row.appId)).not.toContain(sp.appId)
  })

  it('scopes a role to a resource group that exists, and refuses one that does not', async () => {
    await db.resourceGroup.create({ data: { subscriptionId: owner.subscriptionId, name: 'Team-RG', nameKey: 'team-rg', location: 'eastus' } })
    const sp = await createServicePrincipal({
      principal: owner.principal,
      input: { tenantId: owner.principal.tenantId, displayName: 'rg-bot', scope: `/subscriptions/${owner.subscriptionId}/resourceGroups/Team-RG` },
    })
    expect(sp).toMatchObject({ role: 'Contributor', scope: resourceGroupScope(owner.subscriptionId, 'Team-RG') })
    const missing = { tenantId: owner.principal.tenantId, displayName: 'x', scope: `/subscriptions/${owner.subscriptionId}/resourceGroups/none` }
    await rejectsWith(createServicePrincipal({ principal: owner.principal, input: missing }), 'ResourceGroupNotFound')
  })

  it("refuses another tenant's subscription and callers who are not Owner", async () => {
    const foreign = { tenantId: owner.principal.tenantId, displayName: 'x', scope: `/subscriptions/${owner.subscriptionId}` }
    await rejectsWith(createServicePrincipal({ principal: stranger.principal, input: foreign }), 'SubscriptionNotFound')
    const contributor = await createServicePrincipal({ input: { tenantId: owner.principal.tenantId, displayName: 'c', role: 'Contributor', scope: foreign.scope } })
    const asContributor: TPrincipal = { id: contributor.objectId, tenantId: owner.principal.tenantId, type: 'ServicePrincipal' }
    await rejectsWith(createServicePrincipal({ principal: asContributor, input: foreign }), 'AuthorizationFailed')
    // A caller who may not grant roles learns nothing about which resource groups exist.
    const missingGroup = { ...foreign, scope: `${foreign.scope}/resourceGroups/no-such-group` }
    await rejectsWith(createServicePrincipal({ principal: asContributor, input: missingGroup }), 'AuthorizationFailed')
    await rejectsWith(createServicePrincipal({ input: { ...foreign, scope: '/subscriptions/not-a-guid' } }), 'InvalidRequestContent')
  })
})

describe('findServicePrincipalTarget', () => {
  it("defaults to the user's first subscription, or the tenant of an explicit scope", async () => {
    expect(await findServicePrincipalTarget({ email: owner.email.toUpperCase() })).toEqual({
      tenantId: owner.principal.tenantId,
      scope: `/subscriptions/${owner.subscriptionId}`,
    })
    const scope = `/subscriptions/${stranger.subscriptionId}`
    expect(await findServicePrincipalTarget({ scope })).toEqual({ tenantId: stranger.principal.tenantId, scope })
    await expect(findServicePrincipalTarget({ email: 'nobody@example.test' })).rejects.toThrow(/No user/)
  })
})
