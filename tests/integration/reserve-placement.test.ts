// The reservation statement itself, without a worker: concurrent reservations against one node
// never over-commit it, a group is never placed twice, releasing is exact and idempotent, and
// the node Postgres picks is the one the pure model of the policy ranks first.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { reservePlacement, WALK_START, type TReservation } from '../../server/scheduler/reserve-placement'
import { releasePlacement } from '../../server/scheduler/release-placement'
import { rankNodes } from '../../server/scheduler/rank-nodes'
import { SCHEDULING_POLICIES } from '../../server/scheduler/scoring-policies'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { nodeAllocationMismatches } from './support/control-plane'

let owner: Awaited<ReturnType<typeof createTestUser>>
let nodeId: string

beforeAll(async () => {
  const [node] = await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 1, cpuCores: 2, memoryGb: 8, osTypes: ['Linux'] })
  nodeId = node.id
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
})

async function createGroups(count: number, prefix: string, location = 'eastus', cpu = 1, memoryInGB = 1) {
  const created = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput({ name: `${prefix}-${i}`, location, cpu, memoryInGB }) }),
    ),
  )
  return created.map(({ containerGroup }) => containerGroup)
}

/** As the scheduler does: a lost race means sampling again, waiting for locks this time. */
async function reserve(group: { id: string; generation: number; location?: string; cpuMillicores?: number; memoryMb?: number }): Promise<TReservation> {
  const target = { containerGroupId: group.id, generation: group.generation, region: group.location ?? 'eastus', osType: 'Linux', cpuMillicores: group.cpuMillicores ?? 1000, memoryMb: group.memoryMb ?? 1024 }
  for (;;) {
    const reservation = await reservePlacement({ client: db, target, policy: 'binpack', sampleSize: 100, skipLocked: false })
    if (reservation.status !== 'contended') return reservation
  }
}

describe('reservePlacement', () => {
  it('lets only as many concurrent reservations in as the node has room for', async () => {
    const groups = await createGroups(6, 'contender')
    const outcomes = await Promise.all(groups.map(reserve))
    expect(outcomes.filter((o) => o.status === 'placed')).toHaveLength(2)
    expect(outcomes.filter((o) => o.status === 'no-capacity')).toHaveLength(4)
    const node = await db.node.findUniqueOrThrow({ where: { id: nodeId } })
    expect([node.cpuAllocatedMillicores, node.memoryAllocatedMb]).toEqual([2000, 2048])
    expect(await nodeAllocationMismatches()).toEqual([])
    const placed = await db.containerGroup.findMany({ where: { id: { in: groups.map((g) => g.id) }, placement: { isNot: null } } })
    expect(placed.map((g) => g.provisioningState)).toEqual(['Creating', 'Creating'])

    for (const group of groups) await releasePlacement({ client: db, containerGroupId: group.id })
    expect(await db.node.findUniqueOrThrow({ where: { id: nodeId } })).toMatchObject({ cpuAllocatedMillicores: 0, memoryAllocatedMb: 0 })
  })

  it('places a group once however often the reservation is retried', async () => {
    const [group] = await createGroups(1, 'retried')
    const outcomes = await Promise.all([reserve(group), reserve(group), reserve(group)])
    expect(outcomes.filter((o) => o.status === 'placed')).toHaveLength(1)
    expect(outcomes.filter((o) => o.status === 'already-placed')).toHaveLength(2)
    expect(await db.placement.count({ where: { containerGroupId: group.id } })).toBe(1)
    expect((await db.node.findUniqueOrThrow({ where: { id: nodeId } })).cpuAllocatedMillicores).toBe(1000)

    await releasePlacement({ client: db, containerGroupId: group.id })
    await releasePlacement({ client: db, containerGroupId: group.id })
    expect((await db.node.findUniqueOrThrow({ where: { id: nodeId } })).cpuAllocatedMillicores).toBe(0)
  })

  it('refuses a stale generation or a stopped group', async () => {
    const [group] = await createGroups(1, 'stale')
    expect(await reserve({ id: group.id, generation: group.generation + 1 })).toEqual({ status: 'stale' })
    await db.containerGroup.update({ where: { id: group.id }, data: { desiredState: 'Stopped' } })
    expect(await reserve(group)).toEqual({ status: 'stale' })
    expect(await db.placement.count({ where: { containerGroupId: group.id } })).toBe(0)
  })

  it('skips cordoned and NotReady nodes', async () => {
    await db.node.update({ where: { id: nodeId }, data: { cordoned: true } })
    const [group] = await createGroups(1, 'cordoned')
    expect(await reserve(group)).toEqual({ status: 'no-capacity' })
    await db.node.update({ where: { id: nodeId }, data: { cordoned: false, state: 'NotReady' } })
    expect(await reserve(group)).toEqual({ status: 'no-capacity' })
    await db.node.update({ where: { id: nodeId }, data: { state: 'Ready' } })
    expect(await reserve(group)).toMatchObject({ status: 'placed', nodeId })
    await releasePlacement({ client: db, containerGroupId: group.id })
  })

  it('picks the node the pure model ranks first, for every policy and sample', async () => {
    // Eight 8-core nodes in West US 2, filled unevenly in CPU and memory.
    const pool = await seedNodePool({ client: db, regions: ['westus2'], nodesPerRegion: 8, cpuCores: 8, memoryGb: 16, osTypes: ['Linux'] })
    const fill = [
      [0, 0],
      [4000, 2048],
      [2000, 8192],
      [6000, 12288],
      [3000, 6144],
      [7500, 1024],
      [1000, 15000],
      [5000, 9000],
    ]
    for (const [i, node] of pool.entries()) {
      await db.node.update({ where: { id: node.id }, data: { cpuAllocatedMillicores: fill[i][0], memoryAllocatedMb: fill[i][1] } })
    }
    const [group] = await createGroups(1, 'model', 'westus2', 1, 2)
    const target = { containerGroupId: group.id, generation: group.generation, region: 'westus2', osType: 'Linux', cpuMillicores: 1000, memoryMb: 2048 }
    const sorted = [...pool].sort((a, b) => (a.id < b.id ? -1 : 1))
    for (const policy of SCHEDULING_POLICIES) {
      for (const [after, sampleSize] of [[WALK_START, 100], [sorted[2].id, 3], [sorted[6].id, 2]] as const) {
        const nodes = await db.node.findMany({ where: { region: 'westus2' } })
        const expected = rankNodes({ nodes, request: target, policy, after, sampleSize })[0]
        const reservation = await reservePlacement({ client: db, target, policy, after, sampleSize })
        expect({ policy, after, sampleSize, status: reservation.status, nodeId: reservation.status === 'placed' ? reservation.nodeId : null }).toEqual({
          policy,
          after,
          sampleSize,
          status: 'placed',
          nodeId: expected.id,
        })
        await releasePlacement({ client: db, containerGroupId: group.id })
      }
    }
    // Every reservation was given back exactly.
    const after = await db.node.findMany({ where: { region: 'westus2' }, orderBy: { name: 'asc' } })
    expect(after.map((n) => [n.cpuAllocatedMillicores, n.memoryAllocatedMb])).toEqual(fill)
  })
})
