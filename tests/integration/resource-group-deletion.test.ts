// Deleting a resource group is job resourcegroups.delete, not work hanging off a request: it
// finishes with nobody polling, survives a lost job through the reconciler, refuses new groups
// while it runs, and gives every node its capacity back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { isArmError } from '../../server/arm/errors'
import { isForeignKeyViolation } from '../../server/db/errors'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { controlPlaneQueue, resourceGroupDeleteJobId } from '../../server/jobs/queue'
import { reconcileResourceGroupDeletions } from '../../server/resourcegroups/reconcile-resource-group-deletions'
import { startResourceGroupDeletion } from '../../server/resourcegroups/start-resource-group-deletion'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { arm, azContainerGroupBody, tokenFor } from './support/arm-client'
import { startInProcessWorker } from './support/in-process-worker'
import { nodeAllocationMismatches, totalAllocation, waitForGroup } from './support/control-plane'
import { waitFor } from './support/wait-for'

let worker: ReturnType<typeof startInProcessWorker>

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 2, osTypes: ['Linux'] })
  worker = startInProcessWorker()
})

afterAll(async () => {
  await controlPlaneQueue().resume()
  await worker.stop()
})

async function ownerWithGroups(resourceGroupName: string, groupNames: string[]) {
  const owner = await createTestUser()
  const subscriptionId = owner.subscription.id
  const resourceGroup = await createTestResourceGroup({ principal: owner.principal, subscriptionId, name: resourceGroupName })
  const groups = []
  for (const name of groupNames) {
    const { containerGroup } = await createContainerGroup({ principal: owner.principal, subscriptionId, input: containerGroupInput({ name, resourceGroupName }) })
    groups.push(await waitForGroup(containerGroup.id, (g) => g.state === 'Running' && g.placement !== null, `${name} Running on a node`))
  }
  return { owner, subscriptionId, resourceGroup, groups }
}

function waitForOperation(operationId: string, status: string) {
  return waitFor(async () => (await db.operation.findUnique({ where: { id: operationId } }))?.status === status, { description: `operation ${operationId} ${status}` })
}

async function expectNoCapacityHeld() {
  expect(await db.placement.count()).toBe(0)
  expect(await totalAllocation()).toEqual({ cpuMillicores: 0, memoryMb: 0 })
  expect(await nodeAllocationMismatches()).toEqual([])
}

describe('resource group deletion', () => {
  it('completes an accepted ARM DELETE through its job, with no one polling', async () => {
    const { owner, subscriptionId, resourceGroup, groups } = await ownerWithGroups('rg-nopoll', ['web', 'api'])
    // Nothing runs while the queue is paused: what happens next is the job's doing, not the request's.
    await controlPlaneQueue().pause()
    const accepted = await arm('DELETE', `/subscriptions/${subscriptionId}/resourcegroups/rg-nopoll`, { token: await tokenFor(owner.principal) })
    expect(accepted.status).toBe(202)
    const operation = await db.operation.findFirstOrThrow({ where: { subscriptionId, kind: 'resourceGroupDelete' } })
    expect(operation).toMatchObject({ status: 'Pending', resourceGroupId: resourceGroup.id })
    const job = await controlPlaneQueue().getJob(resourceGroupDeleteJobId(operation.id))
    expect(job?.name).toBe('resourcegroups.delete')
    expect(job?.data).toEqual({ operationId: operation.id })
    expect(await db.resourceGroup.count({ where: { id: resourceGroup.id } })).toBe(1)

    await controlPlaneQueue().resume()
    await waitForOperation(operation.id, 'Succeeded')
    expect(await db.resourceGroup.count({ where: { id: resourceGroup.id } })).toBe(0)
    expect(await db.containerGroup.count({ where: { id: { in: groups.map((g) => g.id) } } })).toBe(0)
    await expectNoCapacityHeld()
  })

  it('refuses a group created while its resource group is being deleted, and gives back every node’s capacity', async () => {
    const { owner, subscriptionId, resourceGroup, groups } = await ownerWithGroups('rg-race', ['one', 'two'])
    expect(await db.placement.count({ where: { containerGroupId: { in: groups.map((g) => g.id) } } })).toBe(2)
    await controlPlaneQueue().pause()
    // What the portal's "Delete resource group" calls.
    const { operation } = await startResourceGroupDeletion({ principal: owner.principal, subscriptionId, resourceGroupName: 'rg-race' })

    // The wizard's door: createContainerGroup itself refuses, not only the ARM PUT in front of it.
    const refused = await createContainerGroup({ principal: owner.principal, subscriptionId, input: containerGroupInput({ name: 'late', resourceGroupName: 'rg-race' }) }).catch((error: unknown) => error)
    expect(isArmError(refused) && refused.code).toBe('ResourceGroupBeingDeleted')
    const put = await arm('PUT', `/subscriptions/${subscriptionId}/resourcegroups/rg-race/providers/Microsoft.ContainerInstance/containerGroups/late-arm`, {
      token: await tokenFor(owner.principal),
      body: azContainerGroupBody({ name: 'late-arm', location: 'eastus' }),
    })
    expect(put.body.error?.code).toBe('ResourceGroupBeingDeleted')

    await controlPlaneQueue().resume()
    await waitForOperation(operation.id, 'Succeeded')
    expect(await db.resourceGroup.count({ where: { id: resourceGroup.id } })).toBe(0)
    await expectNoCapacityHeld()
  })

  it('never lets a cascade take a placed group with its resource group', async () => {
    const { owner, subscriptionId, resourceGroup, groups } = await ownerWithGroups('rg-restrict', ['held'])
    const error = await db.resourceGroup.delete({ where: { id: resourceGroup.id } }).catch((e: unknown) => e)
    expect(isForeignKeyViolation(error)).toBe(true)
    expect(await db.placement.count({ where: { containerGroupId: groups[0].id } })).toBe(1)
    expect(await nodeAllocationMismatches()).toEqual([])
    // The normal path empties it first and then may delete it.
    const { operation } = await startResourceGroupDeletion({ principal: owner.principal, subscriptionId, resourceGroupName: 'rg-restrict' })
    await waitForOperation(operation.id, 'Succeeded')
    await expectNoCapacityHeld()
  })

  it('runs a deletion whose job Redis lost again from the reconciler', async () => {
    const { owner, subscriptionId, resourceGroup } = await ownerWithGroups('rg-lost', [])
    await controlPlaneQueue().pause()
    const { operation } = await startResourceGroupDeletion({ principal: owner.principal, subscriptionId, resourceGroupName: 'rg-lost' })
    await controlPlaneQueue().remove(resourceGroupDeleteJobId(operation.id))
    expect(await controlPlaneQueue().getJob(resourceGroupDeleteJobId(operation.id))).toBeUndefined()

    expect(await reconcileResourceGroupDeletions()).toEqual({ requeued: 1 })
    expect(await controlPlaneQueue().getJob(resourceGroupDeleteJobId(operation.id))).toBeDefined()
    expect(await reconcileResourceGroupDeletions()).toEqual({ requeued: 0 })

    await controlPlaneQueue().resume()
    await waitForOperation(operation.id, 'Succeeded')
    expect(await db.resourceGroup.count({ where: { id: resourceGroup.id } })).toBe(0)
  })
})
