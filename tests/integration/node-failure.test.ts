// Self-healing and the node-pool commands: a node that stops heartbeating turns NotReady and its
// groups are rescheduled elsewhere according to their restart policy; drain moves groups off a
// cordoned node; an agent that dies hands its nodes to another agent, which resumes in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { createNodeMonitor } from '../../server/nodes/monitor-nodes'
import { reconcileContainerGroups } from '../../server/containergroups/reconcile-container-groups'
import { drainNode } from '../../server/nodes/drain-node'
import { failNode } from '../../server/nodes/fail-node'
import { recoverNode } from '../../server/nodes/recover-node'
import { uncordonNode } from '../../server/nodes/uncordon-node'
import { findNodePool } from '../../server/nodes/find-node-pool'
import { startNodeAgent } from '../../server/nodeagents/start-node-agent'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput, WORD_COUNT_IMAGE } from '../factories/container-groups'
import { startInProcessWorker } from './support/in-process-worker'
import { isOneCleanStart, loadGroup, nodeAllocationMismatches, waitForGroup } from './support/control-plane'
import { waitFor } from './support/wait-for'

// Twenty lease renewals (every 250 ms) fit in the timeout, so only a node that really stopped
// heartbeating turns NotReady, even on a loaded 2-core machine where the agent's event loop
// can stall for a second.
// Twenty lease renewals (every 250 ms) fit in the timeout, so only a node that really stopped
// heartbeating turns NotReady, even when a loaded 2-core machine stalls the agent for a second.
const HEARTBEAT_TIMEOUT_MS = 5_000

let admin: Awaited<ReturnType<typeof createTestUser>>
let worker: ReturnType<typeof startInProcessWorker>
let monitorTimer: ReturnType<typeof setInterval>
let reconcileTimer: ReturnType<typeof setInterval>

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 3, cpuCores: 4, memoryGb: 16, osTypes: ['Linux'] })
  admin = await createTestUser()
  await db.user.update({ where: { id: admin.user.id }, data: { isAdmin: true } })
  await createTestResourceGroup({ principal: admin.principal, subscriptionId: admin.subscription.id })
  worker = startInProcessWorker()
  // The controller's recurring jobs (nodes.monitor, containergroups.reconcile), run here on
  // short timers instead of through their job schedulers.
  const monitor = createNodeMonitor({ client: db, timeoutMs: HEARTBEAT_TIMEOUT_MS })
  monitorTimer = setInterval(() => void monitor.run().catch(() => {}), 250)
  reconcileTimer = setInterval(() => void reconcileContainerGroups().catch(() => {}), 2_000)
})

afterAll(async () => {
  clearInterval(monitorTimer)
  clearInterval(reconcileTimer)
  await worker.stop()
})

function create(input: Parameters<typeof containerGroupInput>[0]) {
  return createContainerGroup({ principal: admin.principal, subscriptionId: admin.subscription.id, input: containerGroupInput(input) })
}

const isRunning = (g: { state: string; provisioningState: string }) => g.state === 'Running' && g.provisioningState === 'Succeeded'

async function runningGroups(names: string[], restartPolicy?: 'Always' | 'OnFailure' | 'Never') {
  const created = await Promise.all(names.map((name) => create({ name, restartPolicy })))
  return Promise.all(created.map(({ containerGroup }) => waitForGroup(containerGroup.id, isRunning, `${containerGroup.name} Running`)))
}

describe('a node that stops heartbeating', () => {
  it('turns NotReady and its groups run again on other nodes, with events saying why', async () => {
    const groups = await runningGroups(['heal-a', 'heal-b', 'heal-c'], 'OnFailure')
    const failedNodeId = groups[0].placement!.nodeId
    const failedNode = await db.node.findUniqueOrThrow({ where: { id: failedNodeId } })
    const onFailedNode = groups.filter((g) => g.placement!.nodeId === failedNodeId)
    const elsewhere = groups.filter((g) => g.placement!.nodeId !== failedNodeId)

    await failNode({ principal: admin.principal, nodeName: failedNode.name })
    await waitFor(async () => (await db.node.findUniqueOrThrow({ where: { id: failedNodeId } })).state === 'NotReady', { description: 'node NotReady' })

    for (const group of onFailedNode) {
      const moved = await waitForGroup(group.id, (g) => isRunning(g) && g.placement !== null && g.placement.nodeId !== failedNodeId, 'group running elsewhere')
      expect(moved.generation).toBe(group.generation + 1)
      expect(moved.containers[0]).toMatchObject({ lifecycleStage: 'Running', restartCount: 1, previousState: { state: 'Terminated', detailStatus: 'Killed' } })
      const events = moved.events.map((e) => [e.name, e.type, e.count])
      expect(events).toContainEqual(['Rescheduled', 'Warning', 1])
      expect(events).toContainEqual(['Killing', 'Normal', 1])
      expect(events).toContainEqual(['Started', 'Normal', 2])
      expect(moved.events.find((e) => e.name === 'Rescheduled')!.message).toContain(`Node '${failedNode.name}' is not ready`)
    }
    for (const group of elsewhere) expect((await loadGroup(group.id))!.generation).toBe(group.generation)
    expect(await db.node.findUniqueOrThrow({ where: { id: failedNodeId } })).toMatchObject({ cpuAllocatedMillicores: 0, memoryAllocatedMb: 0 })
    expect(await nodeAllocationMismatches()).toEqual([])

    await recoverNode({ principal: admin.principal, nodeName: failedNode.name })
    await waitFor(async () => (await db.node.findUniqueOrThrow({ where: { id: failedNodeId } })).state === 'Ready', { description: 'node Ready again' })
  })

  it('leaves a group whose containers finished under Never as it is', async () => {
    const { containerGroup } = await create({ name: 'batch-done', image: WORD_COUNT_IMAGE, restartPolicy: 'Never' })
    const done = await waitForGroup(containerGroup.id, (g) => g.state === 'Succeeded', 'batch Succeeded')
    expect(done.placement).toBeNull()
    const [anyNode] = await db.node.findMany({ take: 1 })
    await failNode({ principal: admin.principal, nodeName: anyNode.name })
    await waitFor(async () => (await db.node.findUniqueOrThrow({ where: { id: anyNode.id } })).state === 'NotReady', { description: 'node NotReady' })
    const after = (await loadGroup(containerGroup.id))!
    expect(after).toMatchObject({ state: 'Succeeded', generation: done.generation })
    expect(after.events.map((e) => e.name)).not.toContain('Rescheduled')
    await recoverNode({ principal: admin.principal, nodeName: anyNode.name })
    await waitFor(async () => (await db.node.findUniqueOrThrow({ where: { id: anyNode.id } })).state === 'Ready', { description: 'node Ready again' })
  })
})

describe('draining a node', () => {
  it('cordons it and moves every group on it elsewhere', async () => {
    const groups = await runningGroups(['drain-a', 'drain-b'])
    const nodeId = groups[0].placement!.nodeId
    const node = await db.node.findUniqueOrThrow({ where: { id: nodeId } })
    const { evicted } = await drainNode({ principal: admin.principal, nodeName: node.name })
    expect(evicted).toBeGreaterThanOrEqual(1)
    expect(await db.node.findUniqueOrThrow({ where: { id: nodeId } })).toMatchObject({ state: 'Cordoned', cordoned: true, cpuAllocatedMillicores: 0 })
    for (const group of groups.filter((g) => g.placement!.nodeId === nodeId)) {
      const moved = await waitForGroup(group.id, (g) => isRunning(g) && g.placement?.nodeId !== nodeId, 'group moved')
      expect(moved.events.find((e) => e.name === 'Rescheduled')!.message).toContain('is being drained')
    }
    expect(await nodeAllocationMismatches()).toEqual([])
    await uncordonNode({ principal: admin.principal, nodeName: node.name })
    expect((await db.node.findUniqueOrThrow({ where: { id: nodeId } })).state).toBe('Ready')
  })

  it('is for admins only', async () => {
    const someone = await createTestUser()
    await expect(findNodePool({ principal: someone.principal })).rejects.toMatchObject({ code: 'AuthorizationFailed' })
    const pool = await findNodePool({ principal: admin.principal })
    expect(pool.regions.map((r) => r.region)).toEqual(['eastus'])
    expect(pool.agents).toHaveLength(1)
  })
})

describe('an agent that dies', () => {
  it('hands its nodes to another agent, which resumes the groups in place', async () => {
    // Without the monitor: this is about leases, which a successor takes before a node times out.
    clearInterval(monitorTimer)
    const [group] = await runningGroups(['survivor'])
    const second = startNodeAgent({ renewMs: 250, leaseMs: 1_000, log: () => {} })
    try {
      // The first agent stops renewing without handing its leases back, as a killed one would.
      await worker.agent.stop({ handBack: false })
      await waitFor(async () => (await db.node.count({ where: { agentId: second.agentId } })) === 3, { description: 'the second agent holds every node', timeoutMs: 10_000 })
      const { containerGroup } = await create({ name: 'after-takeover' })
      const placed = await waitForGroup(containerGroup.id, isRunning, 'new group Running on the survivor agent')
      expect(isOneCleanStart(placed.events)).toBe(true)
      const unchanged = (await loadGroup(group.id))!
      expect(unchanged).toMatchObject({ generation: group.generation, state: 'Running' })
      expect(unchanged.events.map((e) => e.name)).not.toContain('Rescheduled')
    } finally {
      await second.stop()
    }
  })
})
