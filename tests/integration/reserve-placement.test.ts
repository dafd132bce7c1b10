// The reservation itself, without a worker: concurrent reservations against one node never
// over-commit it, a group is never placed twice, and releasing is exact and idempotent.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { reservePlacement } from '../../server/scheduler/reserve-placement'
import { releasePlacement } from '../../server/scheduler/release-placement'
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

async function createGroups(count: number, prefix: string) {
  const created = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput({ name: `${prefix}-${i}`, cpu: 1, memoryInGB: 1 }) }),
    ),
  )
  return created.map(({ containerGroup }) => containerGroup)
}

function reserve(group: { id: string; generation: number }) {
  return reservePlacement({ client: db, containerGroupId: group.id, generation: group.generation, nodeIds: [nodeId], cpuMillicores: 1000, memoryMb: 1024 })
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
})
