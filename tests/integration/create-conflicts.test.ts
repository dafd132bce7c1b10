// Conflicts a user can cause are clear ArmErrors, not crashes, and hold under races; and one
// tenant never reaches another tenant's groups or operations.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { createContainerGroupDeployment } from '../../server/containergroups/create-container-group-deployment'
import { updateResourceGroupTags } from '../../server/resourcegroups/update-resource-group-tags'
import { getContainerGroupByIdOrThrow } from '../../server/containergroups/get-container-group-by-id-or-throw'
import { getOperationOrThrow } from '../../server/containergroups/get-operation-or-throw'
import { deleteContainerGroup } from '../../server/containergroups/delete-container-group'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'

let owner: Awaited<ReturnType<typeof createTestUser>>

beforeAll(async () => {
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
})

function create(input: Parameters<typeof containerGroupInput>[0]) {
  return createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput(input) })
}

describe('createContainerGroup conflicts', () => {
  it('refuses a second group with the same name in the resource group', async () => {
    await create({ name: 'dup' })
    await expect(create({ name: 'dup' })).rejects.toMatchObject({ name: 'ArmError', code: 'Conflict', status: 409 })
    expect(await db.containerGroup.count({ where: { name: 'dup' } })).toBe(1)
  })

  it('refuses a DNS name label already taken in its scope', async () => {
    await create({ name: 'label-first', dnsNameLabel: 'taken-label' })
    await expect(create({ name: 'label-second', dnsNameLabel: 'taken-label' })).rejects.toMatchObject({ code: 'DnsNameLabelAlreadyTaken' })
  })

  it('lets exactly one of two racing creates have the label', async () => {
    const results = await Promise.allSettled([
      create({ name: 'racer-a', dnsNameLabel: 'race-label' }),
      create({ name: 'racer-b', dnsNameLabel: 'race-label' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(rejected).toHaveLength(1)
    expect(rejected[0].reason).toMatchObject({ code: 'DnsNameLabelAlreadyTaken' })
    expect(await db.containerGroup.count({ where: { dnsNameLabel: 'race-label' } })).toBe(1)
  })
})

describe('tenant isolation', () => {
  it('leaves an existing resource group untouched when the wizard names it as new, and refuses another region', async () => {
    const subscriptionId = owner.subscription.id
    await createTestResourceGroup({ principal: owner.principal, subscriptionId, name: 'tagged-rg' })
    await updateResourceGroupTags({ principal: owner.principal, subscriptionId, resourceGroupName: 'tagged-rg', tags: { team: 'web' } })
    const deployment = (name: string, location: string) =>
      createContainerGroupDeployment({ principal: owner.principal, subscriptionId, newResourceGroup: true, input: containerGroupInput({ name, resourceGroupName: 'tagged-rg', location }) })

    await deployment('in-tagged-rg', 'eastus')
    expect((await db.resourceGroup.findFirstOrThrow({ where: { subscriptionId, nameKey: 'tagged-rg' } })).tags).toEqual({ team: 'web' })
    await expect(deployment('elsewhere', 'westeurope')).rejects.toMatchObject({ code: 'InvalidResourceGroupLocation', target: 'resourceGroupName' })
    expect(await db.containerGroup.count({ where: { name: 'elsewhere' } })).toBe(0)
  })

  it('answers another tenant as if the group and operation did not exist', async () => {
    const { containerGroup, operation } = await create({ name: 'private' })
    const stranger = await createTestUser()
    await expect(getContainerGroupByIdOrThrow({ principal: stranger.principal, containerGroupId: containerGroup.id })).rejects.toMatchObject({ code: 'ResourceNotFound' })
    await expect(getOperationOrThrow({ principal: stranger.principal, operationId: operation.id })).rejects.toMatchObject({ code: 'ResourceNotFound' })
    await expect(deleteContainerGroup({ principal: stranger.principal, containerGroupId: containerGroup.id })).rejects.toMatchObject({ code: 'ResourceNotFound' })
    expect(await db.containerGroup.count({ where: { id: containerGroup.id } })).toBe(1)
  })
})
