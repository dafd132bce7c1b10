// A subscription is visible only to principals holding a role in it: being in the same tenant
// is not enough, and a subscription one cannot see answers exactly like one that does not exist.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { resourceGroupScope } from '@/server/auth/permissions'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'
import { createTenantMember, createTestUser } from '../factories/users'
import { arm, tokenFor } from './support/arm-client'

const MISSING = '00000000-0000-0000-0000-000000000000'
let owner: Awaited<ReturnType<typeof createTestUser>>
let member: Awaited<ReturnType<typeof createTenantMember>>
let sub: string

const usagesPath = (subscriptionId: string) => `/subscriptions/${subscriptionId}/providers/Microsoft.ContainerInstance/locations/westeurope/usages`
const locationsPath = (subscriptionId: string) => `/subscriptions/${subscriptionId}/locations`

beforeAll(async () => {
  owner = await createTestUser()
  member = await createTenantMember({ tenantId: owner.tenant.id })
  sub = owner.subscription.id
})

describe('a subscription in the caller’s tenant', () => {
  it('answers its owner', async () => {
    const token = await tokenFor(owner.principal)
    expect((await arm('GET', usagesPath(sub), { token })).status).toBe(200)
    expect((await arm('GET', locationsPath(sub), { token })).status).toBe(200)
  })

  it('is not found for a member of the tenant with no role in it, exactly like a missing one', async () => {
    const token = await tokenFor(member.principal)
    for (const path of [usagesPath, locationsPath]) {
      const theirs = await arm('GET', path(sub), { token })
      const missing = await arm('GET', path(MISSING), { token })
      expect(theirs.status).toBe(404)
      expect(theirs.body.error.code).toBe('SubscriptionNotFound')
      expect(missing.status).toBe(theirs.status)
      expect(missing.body.error.code).toBe(theirs.body.error.code)
    }
    await expect(getSubscriptionOrThrow({ principal: member.principal, subscriptionId: sub })).rejects.toMatchObject({ code: 'SubscriptionNotFound' })
  })

  it('is found once the member holds a role at any scope within it', async () => {
    const other = await createTenantMember({ tenantId: owner.tenant.id })
    await db.roleAssignment.create({
      data: { principalId: other.user.id, roleName: 'Reader', scope: resourceGroupScope(sub, 'some-group'), subscriptionId: sub },
    })
    const token = await tokenFor(other.principal)
    expect((await arm('GET', usagesPath(sub), { token })).status).toBe(200)
    expect((await getSubscriptionOrThrow({ principal: other.principal, subscriptionId: sub })).id).toBe(sub)
  })
})
