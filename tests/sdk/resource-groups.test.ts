// Resource groups through @azure/arm-resources, as unmodified code drives them.
import { beforeAll, describe, expect, it } from 'vitest'
import { ResourceManagementClient } from '@azure/arm-resources'
import { armEndpoint, credentialFor, newAccount, restError, servicePrincipal, type TSdkAccount } from './support/accounts'

let account: TSdkAccount
let client: ResourceManagementClient

beforeAll(async () => {
  account = await newAccount()
  client = new ResourceManagementClient(credentialFor(account.owner), account.subscriptionId, { endpoint: armEndpoint() })
})

describe('resource groups through @azure/arm-resources', () => {
  it('creates, reads, lists, tags and deletes a resource group', async () => {
    const created = await client.resourceGroups.createOrUpdate('sdk-rg', { location: 'eastus', tags: { team: 'sdk' } })
    expect(created).toMatchObject({
      id: `/subscriptions/${account.subscriptionId}/resourceGroups/sdk-rg`,
      name: 'sdk-rg',
      location: 'eastus',
      tags: { team: 'sdk' },
      properties: { provisioningState: 'Succeeded' },
    })
    // ARM names are case-insensitive: the same group, another spelling.
    expect((await client.resourceGroups.get('SDK-RG')).name).toBe('sdk-rg')
    expect((await client.resourceGroups.checkExistence('sdk-rg')).body).toBe(true)

    const names: string[] = []
    for await (const group of client.resourceGroups.list()) names.push(group.name!)
    expect(names).toContain('sdk-rg')

    const updated = await client.resourceGroups.update('sdk-rg', { tags: { team: 'sdk', stage: 'test' } })
    expect(updated.tags).toEqual({ team: 'sdk', stage: 'test' })

    await client.resourceGroups.beginDeleteAndWait('sdk-rg', { updateIntervalInMs: 250 })
    expect(await restError(client.resourceGroups.get('sdk-rg'))).toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' })
    expect((await client.resourceGroups.checkExistence('sdk-rg')).body).toBe(false)
  })

  it('refuses an invalid name with InvalidResourceGroupName', async () => {
    const error = await restError(client.resourceGroups.createOrUpdate('bad name!', { location: 'eastus' }))
    expect(error).toMatchObject({ statusCode: 400, code: 'InvalidResourceGroupName' })
  })

  it("gives a Reader 403 AuthorizationFailed on writes and the group list on reads", async () => {
    await client.resourceGroups.createOrUpdate('sdk-read-only', { location: 'westeurope' })
    const reader = await servicePrincipal({ tenantId: account.tenantId, subscriptionId: account.subscriptionId, role: 'Reader' })
    const readerClient = new ResourceManagementClient(credentialFor(reader), account.subscriptionId, { endpoint: armEndpoint() })
    expect((await readerClient.resourceGroups.get('sdk-read-only')).location).toBe('westeurope')
    const error = await restError(readerClient.resourceGroups.createOrUpdate('sdk-reader-rg', { location: 'eastus' }))
    expect(error).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
  })

  it("answers another tenant's subscription as if it did not exist", async () => {
    const other = await newAccount()
    const intruder = new ResourceManagementClient(credentialFor(other.owner), account.subscriptionId, { endpoint: armEndpoint() })
    const error = await restError(intruder.resourceGroups.get('sdk-read-only'))
    expect(error).toMatchObject({ statusCode: 404, code: 'SubscriptionNotFound' })
  })
})
