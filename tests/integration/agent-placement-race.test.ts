// A node agent must not lose a placement whose notification arrives while it is still reading
// the previous one: a group drained off a node is placed again on another node held by the same
// agent, usually within the few milliseconds the agent spends loading the eviction. Reads are
// slowed down here so that the two always overlap.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('../../server/nodeagents/load-placed-groups', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/nodeagents/load-placed-groups')>()
  return {
    ...real,
    loadPlacedGroups: async (args: Parameters<typeof real.loadPlacedGroups>[0]) => {
      const groups = await real.loadPlacedGroups(args)
      await new Promise((resolve) => setTimeout(resolve, 150))
      return groups
    },
  }
})

import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { drainNode } from '../../server/nodes/drain-node'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { startInProcessWorker } from './support/in-process-worker'
import { nodeAllocationMismatches, waitForGroup } from './support/control-plane'

let admin: Awaited<ReturnType<typeof createTestUser>>
let worker: ReturnType<typeof startInProcessWorker>

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 3, cpuCores: 4, memoryGb: 16, osTypes: ['Linux'] })
  admin = await createTestUser()
  await db.user.update({ where: { id: admin.user.id }, data: { isAdmin: true } })
  await createTestResourceGroup({ principal: admin.principal, subscriptionId: admin.subscription.id })
  worker = startInProcessWorker()
})

afterAll(async () => {
  await worker.stop()
})

const isRunning = (g: { state: string; provisioningState: string }) => g.state === 'Running' && g.provisioningState === 'Succeeded'

describe('a placement notified while the agent reads the eviction', () => {
  it('is walked to Running on the new node', async () => {
    const created = await Promise.all(
      ['race-a', 'race-b', 'race-c'].map((name) =>
        createContainerGroup({ principal: admin.principal, subscriptionId: admin.subscription.id, input: containerGroupInput({ name }) }),
      ),
    )
    const groups = await Promise.all(created.map(({ containerGroup }) => waitForGroup(containerGroup.id, isRunning, `${containerGroup.name} Running`)))
    const nodeId = groups[0].placement!.nodeId
    const node = await db.node.findUniqueOrThrow({ where: { id: nodeId } })

    await drainNode({ principal: admin.principal, nodeName: node.name })

    for (const group of groups.filter((g) => g.placement!.nodeId === nodeId)) {
      const moved = await waitForGroup(group.id, (g) => isRunning(g) && g.generation === group.generation + 1 && g.placement?.nodeId !== nodeId, `${group.name} Running elsewhere`, 20_000)
      expect(moved.containers[0].lifecycleStage).toBe('Running')
    }
    expect(await nodeAllocationMismatches()).toEqual([])
  })
})
