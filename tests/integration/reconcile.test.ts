// The reconciler repairs lost triggers: a group whose schedule job vanished from Redis is
// enqueued again, under the same job id, and then reaches Running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { controlPlaneQueue, scheduleJobId } from '../../server/jobs/queue'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { reconcileContainerGroups } from '../../server/containergroups/reconcile-container-groups'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { startInProcessWorker } from './support/in-process-worker'
import { nodeAllocationMismatches, waitForGroup } from './support/control-plane'

let owner: Awaited<ReturnType<typeof createTestUser>>
let worker: ReturnType<typeof startInProcessWorker> | undefined

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 1, osTypes: ['Linux'] })
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
})

afterAll(async () => {
  await worker?.stop()
})

describe('reconcileContainerGroups', () => {
  it('re-enqueues a lost schedule job once, and the group then runs', async () => {
    const { containerGroup } = await createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput() })
    const jobId = scheduleJobId(containerGroup.id, containerGroup.generation)
    const queue = controlPlaneQueue()
    expect(await queue.getJob(jobId)).toBeDefined()
    await queue.remove(jobId)
    expect(await queue.getJob(jobId)).toBeUndefined()

    expect(await reconcileContainerGroups()).toEqual({ requeued: 1 })
    expect(await queue.getJob(jobId)).toBeDefined()
    // The job is there already: a second pass adds nothing.
    expect(await reconcileContainerGroups()).toEqual({ requeued: 0 })

    worker = startInProcessWorker()
    const group = await waitForGroup(containerGroup.id, (g) => g.state === 'Running' && g.provisioningState === 'Succeeded', 'group Running')
    expect(group.events.filter((e) => e.name === 'Started')).toEqual([expect.objectContaining({ count: 1 })])
    expect(await db.placement.count()).toBe(1)
    expect(await nodeAllocationMismatches()).toEqual([])
    expect(await reconcileContainerGroups()).toEqual({ requeued: 0 })
  })
})
