// The wizard's server-side validation answers only what the caller may know: a resource group
// outside their roles is neither "already exists" nor "could not be found" by its existence.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { resourceGroupScope } from '@/server/auth/permissions'
import { validateContainerGroup, ZValidateContainerGroupInput } from '@/server/containergroups/validate-container-group'
import { createTestResourceGroup } from '../factories/resource-groups'
import { createTenantMember, createTestUser } from '../factories/users'

let owner: Awaited<ReturnType<typeof createTestUser>>
let member: Awaited<ReturnType<typeof createTenantMember>>

const input = (resourceGroupName: string, newResourceGroup: boolean) =>
  ZValidateContainerGroupInput.parse({ subscriptionId: owner.subscription.id, resourceGroupName, newResourceGroup, name: 'mycontainer', location: 'eastus' })

beforeAll(async () => {
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, name: 'secret-rg' })
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, name: 'team-rg' })
  // A colleague who may work in team-rg only.
  member = await createTenantMember({ tenantId: owner.tenant.id })
  await db.roleAssignment.create({
    data: { principalId: member.user.id, roleName: 'Contributor', scope: resourceGroupScope(owner.subscription.id, 'team-rg'), subscriptionId: owner.subscription.id },
  })
})

describe('validateContainerGroup', () => {
  it('tells an owner that the new resource group name is taken', async () => {
    expect(await validateContainerGroup({ principal: owner.principal, input: input('secret-rg', true) })).toEqual([
      { target: 'resourceGroupName', message: "A resource group named 'secret-rg' already exists in the selected subscription." },
    ])
  })

  it('answers a caller without rights the same for an existing and a missing group', async () => {
    const existing = await validateContainerGroup({ principal: member.principal, input: input('secret-rg', true) })
    const missing = await validateContainerGroup({ principal: member.principal, input: input('no-such-rg', true) })
    expect(existing).toEqual([{ target: 'resourceGroupName', message: 'You do not have permission to create resource groups in this subscription.' }])
    expect(missing).toEqual(existing)
    expect(await validateContainerGroup({ principal: member.principal, input: input('secret-rg', false) })).toEqual([
      { target: 'resourceGroupName', message: "Resource group 'secret-rg' could not be found." },
    ])
    expect(await validateContainerGroup({ principal: member.principal, input: input('team-rg', false) })).toEqual([])
  })
})
