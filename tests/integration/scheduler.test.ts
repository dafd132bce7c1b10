// The scheduler as a controller: several schedulers racing over the same groups never
// over-commit a node nor place a group twice, and a group that finds no room waits with
// back-off, is placed if room comes back within the window, and fails with ACI's capacity error
// once the window is spent (CERULEAN_SCHEDULER_RETRY_WINDOW_MS is 1 s under tests).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../../server/db/generated/client'
import { db } from '../../server/db/client'
import { env } from '../../server/env'
import { controlPlaneQueue, scheduleJobId } from '../../server/jobs/queue'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { deleteContainerGroup } from '../../server/containergroups/delete-container-group'
import { scheduleContainerGroup } from '../../server/scheduler/schedule-container-group'
import { SCHEDULING_POLICIES } from '../../server/scheduler/scoring-policies'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { startInProcessWorker } from './support/in-process-worker'
import { nodeAllocationMismatches, waitForGroup } from './support/control-plane'
import { waitFor } from './support/wait-for'

let owner: Awaited<ReturnType<typeof createTestUser>>

beforeAll(async () => {
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
})

function create(input: Parameters<typeof containerGroupInput>[0]) {
  return createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput(input) })
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

async function inBatches<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>) {
  const queue = [...items]
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
  }))
}

describe('parallel schedulers', () => {
  it('never over-commit a node nor place a group twice, whatever their policies', async () => {
    // Ten nodes of 4 vCPU / 8 GiB: four 1 vCPU / 1.5 GiB groups each, 40 in all, for 60 groups.
    const pool = await seedNodePool({ client: db, regions: ['northeurope'], nodesPerRegion: 10, cpuCores: 4, memoryGb: 8, osTypes: ['Linux'] })
    const created = await Promise.all(Array.from({ length: 60 }, (_, i) => create({ name: `race-${i}`, location: 'northeurope' })))
    const groups = created.map(({ containerGroup }) => containerGroup)

    // Four schedulers, each with its own connection pool as separate processes would have,
    // each working through every group in its own order: every group is raced for.
    const schedulers = SCHEDULING_POLICIES.concat('binpack').map((policy) => ({
      policy,
      client: new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 3 }) }),
    }))
    try {
      await Promise.all(
        schedulers.map(({ policy, client }) =>
          inBatches(shuffled(groups), 6, (group) =>
            scheduleContainerGroup({ client, containerGroupId: group.id, generation: group.generation, policy, backoff: { baseMs: 1, maxMs: 1, windowMs: 0 } }),
          ),
        ),
      )
    } finally {
      await Promise.all(schedulers.map(({ client }) => client.$disconnect()))
    }

    const nodes = await db.node.findMany({ where: { id: { in: pool.map((n) => n.id) } } })
    for (const node of nodes) {
      expect(node.cpuAllocatedMillicores).toBeLessThanOrEqual(node.cpuCapacityMillicores)
      expect(node.memoryAllocatedMb).toBeLessThanOrEqual(node.memoryCapacityMb)
    }
    expect(await nodeAllocationMismatches()).toEqual([])
    const settled = await db.containerGroup.findMany({ where: { id: { in: groups.map((g) => g.id) } }, include: { placement: true } })
    const placed = settled.filter((g) => g.placement)
    const failed = settled.filter((g) => g.provisioningState === 'Failed')
    // A group fails only when every slot is taken, so all 40 slots end up used.
    expect(placed).toHaveLength(40)
    expect(failed).toHaveLength(20)
    expect(failed.filter((g) => g.placement)).toEqual([])
    expect(await db.placement.count({ where: { containerGroupId: { in: groups.map((g) => g.id) } } })).toBe(40)
  })
})

describe('when no node has room', () => {
  let worker: ReturnType<typeof startInProcessWorker>
  let nodeId: string

  beforeAll(async () => {
    // One 2 vCPU node in West US.
    const [node] = await seedNodePool({ client: db, regions: ['westus'], nodesPerRegion: 1, cpuCores: 2, memoryGb: 4, osTypes: ['Linux'] })
    nodeId = node.id
    worker = startInProcessWorker()
  })

  afterAll(async () => {
    await worker.stop()
  })

  async function waitingJob(containerGroupId: string, generation: number) {
    return waitFor(
      async () => {
        const job = await controlPlaneQueue().getJob(scheduleJobId(containerGroupId, generation))
        return job && (await job.getState()) === 'delayed' && job.data.waiting ? job : null
      },
      { description: 'the schedule job to wait for capacity', intervalMs: 20 },
    )
  }

  it('waits with back-off, then fails with the capacity error and holds nothing', async () => {
    const { containerGroup, operation } = await create({ name: 'too-big', location: 'westus', cpu: 3, memoryInGB: 1.5 })
    const job = await waitingJob(containerGroup.id, containerGroup.generation)
    expect(job.data.waiting).toMatchObject({ attempt: 1 })
    const { waitingSince } = job.data.waiting
    const waiting = await db.containerGroup.findUniqueOrThrow({ where: { id: containerGroup.id }, include: { events: true } })
    expect(waiting).toMatchObject({ provisioningState: 'Pending', events: [] })
    // The same job retries with back-off, carrying the moment its wait began.
    const retried = await waitFor(
      async () => {
        const current = await controlPlaneQueue().getJob(scheduleJobId(containerGroup.id, containerGroup.generation))
        const waitingNow = current?.data.waiting as { attempt: number; waitingSince: number } | undefined
        return waitingNow && waitingNow.attempt > 1 ? waitingNow : null
      },
      { description: 'a second attempt of the schedule job', intervalMs: 10 },
    )
    expect(retried.waitingSince).toBe(waitingSince)

    const group = await waitForGroup(containerGroup.id, (g) => g.provisioningState === 'Failed', 'group Failed')
    // Failed only once the whole window had passed since the wait began, by the scheduler's own record.
    expect(group.events[0].firstTimestamp.getTime()).toBeGreaterThanOrEqual(waitingSince + env.CERULEAN_SCHEDULER_RETRY_WINDOW_MS)
    const message =
      "The requested resource with '3' CPU and '1.5' GB memory is not available in the location 'westus' at this moment. " +
      'Please retry with a different resource request or in another location.'
    expect(group.events.map((e) => [e.name, e.type, e.message, e.count])).toEqual([['FailedScheduling', 'Warning', message, 1]])
    expect(group.placement).toBeNull()
    expect(await db.operation.findUniqueOrThrow({ where: { id: operation.id } })).toMatchObject({ status: 'Failed', error: { code: 'ServiceUnavailable', message } })
    expect(await db.node.findUniqueOrThrow({ where: { id: nodeId } })).toMatchObject({ cpuAllocatedMillicores: 0, memoryAllocatedMb: 0 })
  })

  it('places the waiting group as soon as a retry finds room again', async () => {
    const { containerGroup: first } = await create({ name: 'holds-the-node', location: 'westus', cpu: 2, memoryInGB: 1 })
    await waitForGroup(first.id, (g) => g.placement !== null, 'first group placed', 5_000)
    const { containerGroup: second } = await create({ name: 'waits-for-room', location: 'westus', cpu: 2, memoryInGB: 1 })
    await waitingJob(second.id, second.generation)

    await deleteContainerGroup({ principal: owner.principal, containerGroupId: first.id })
    const placed = await waitForGroup(second.id, (g) => g.placement !== null, 'second group placed', 5_000)
    expect(placed.placement?.nodeId).toBe(nodeId)
    expect(placed.provisioningState).not.toBe('Failed')
    expect(placed.events.filter((e) => e.name === 'FailedScheduling')).toEqual([])
    expect(await nodeAllocationMismatches()).toEqual([])
    await deleteContainerGroup({ principal: owner.principal, containerGroupId: second.id })
  })
})
