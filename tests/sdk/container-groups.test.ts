// Container groups through @azure/arm-containerinstance 9.1.0: the lifecycle a user's
// automation walks, and the errors it must be able to tell apart.
import { beforeAll, describe, expect, it } from 'vitest'
import { ResourceManagementClient } from '@azure/arm-resources'
import { ContainerInstanceManagementClient, type ContainerGroup } from '@azure/arm-containerinstance'
import { armEndpoint, credentialFor, newAccount, restError, servicePrincipal, type TSdkAccount } from './support/accounts'

const RG = 'sdk-aci'
const IMAGE = 'mcr.microsoft.com/azuredocs/aci-helloworld:latest'
// Polls a little faster than the SDK's default so the suite stays short; the protocol is the same.
const POLL = { updateIntervalInMs: 250 }

let account: TSdkAccount
let aci: ContainerInstanceManagementClient

function helloWorld(overrides: Partial<ContainerGroup> = {}): ContainerGroup {
  return {
    location: 'eastus',
    osType: 'Linux',
    restartPolicy: 'Always',
    containers: [{ name: 'hello', image: IMAGE, ports: [{ port: 80 }], resources: { requests: { cpu: 1, memoryInGB: 1.5 } } }],
    ipAddress: { type: 'Public', ports: [{ port: 80, protocol: 'TCP' }] },
    tags: { suite: 'sdk' },
    ...overrides,
  }
}

beforeAll(async () => {
  account = await newAccount()
  const credential = credentialFor(account.owner)
  await new ResourceManagementClient(credential, account.subscriptionId, { endpoint: armEndpoint() }).resourceGroups.createOrUpdate(RG, { location: 'eastus' })
  aci = new ContainerInstanceManagementClient(credential, account.subscriptionId, { endpoint: armEndpoint() })
})

describe('container groups through @azure/arm-containerinstance', () => {
  it('creates a group and polls it to Succeeded, then reads and lists it', async () => {
    const group = await aci.containerGroups.beginCreateOrUpdateAndWait(RG, 'hello', helloWorld(), POLL)
    expect(group).toMatchObject({ name: 'hello', provisioningState: 'Succeeded', osType: 'Linux', location: 'eastus' })
    expect(group.id).toBe(`/subscriptions/${account.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.ContainerInstance/containerGroups/hello`)

    const read = await aci.containerGroups.get(RG, 'hello')
    expect(read.containers[0]).toMatchObject({ name: 'hello', image: IMAGE, resources: { requests: { cpu: 1, memoryInGB: 1.5 } } })
    expect(read.instanceView?.state).toBe('Running')

    const inGroup: string[] = []
    for await (const item of aci.containerGroups.listByResourceGroup(RG)) inGroup.push(item.name!)
    expect(inGroup).toEqual(['hello'])
    const inSubscription: string[] = []
    for await (const item of aci.containerGroups.list()) inSubscription.push(item.name!)
    expect(inSubscription).toContain('hello')
  })

  it('returns the container logs', async () => {
    const logs = await aci.containers.listLogs(RG, 'hello', 'hello', { tail: 10 })
    expect(typeof logs.content).toBe('string')
  })

  it('updates tags, stops, starts and restarts the group', async () => {
    const tagged = await aci.containerGroups.update(RG, 'hello', { tags: { suite: 'sdk', step: 'tags' } })
    expect(tagged.tags).toEqual({ suite: 'sdk', step: 'tags' })

    await aci.containerGroups.stop(RG, 'hello')
    expect((await aci.containerGroups.get(RG, 'hello')).instanceView?.state).toBe('Stopped')
    await aci.containerGroups.beginStartAndWait(RG, 'hello', POLL)
    expect((await aci.containerGroups.get(RG, 'hello')).provisioningState).toBe('Succeeded')
    await aci.containerGroups.beginRestartAndWait(RG, 'hello', POLL)
    // The restart operation may report Succeeded a moment before the group's own state
    // settles (the containers are re-created); automation polls the group, so do we.
    await expect.poll(async () => (await aci.containerGroups.get(RG, 'hello')).provisioningState, { timeout: 20_000, interval: 500 }).toBe('Succeeded')
  })

  it('refuses an immutable change with InvalidContainerGroupUpdate', async () => {
    const bigger = helloWorld({ containers: [{ name: 'hello', image: IMAGE, ports: [{ port: 80 }], resources: { requests: { cpu: 2, memoryInGB: 1.5 } } }] })
    const error = await restError(aci.containerGroups.beginCreateOrUpdateAndWait(RG, 'hello', bigger, POLL))
    expect(error).toMatchObject({ statusCode: 400, code: 'InvalidContainerGroupUpdate' })
  })

  it('names what is missing and what is invalid', async () => {
    expect(await restError(aci.containerGroups.get(RG, 'nope'))).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' })
    expect(await restError(aci.containerGroups.get('no-such-rg', 'nope'))).toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' })
    const invalid = await restError(aci.containerGroups.beginCreateOrUpdateAndWait(RG, 'Bad_Name', helloWorld(), POLL))
    expect(invalid).toMatchObject({ statusCode: 400, code: 'InvalidResourceName' })
  })

  it('gives a Reader 403 AuthorizationFailed on create', async () => {
    const reader = await servicePrincipal({ tenantId: account.tenantId, subscriptionId: account.subscriptionId, role: 'Reader' })
    const readerAci = new ContainerInstanceManagementClient(credentialFor(reader), account.subscriptionId, { endpoint: armEndpoint() })
    expect((await readerAci.containerGroups.get(RG, 'hello')).name).toBe('hello')
    const error = await restError(readerAci.containerGroups.beginCreateOrUpdateAndWait(RG, 'reader-made', helloWorld(), POLL))
    expect(error).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
  })

  it('deletes the group', async () => {
    await aci.containerGroups.beginDeleteAndWait(RG, 'hello', POLL)
    expect(await restError(aci.containerGroups.get(RG, 'hello'))).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' })
  })
})
