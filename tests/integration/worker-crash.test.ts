// The fault the issue names: kill -9 the worker process mid-deployment, start a new one, and
// every group still ends Running exactly once, with no capacity lost or double-counted.
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { nodeAllocationMismatches } from './support/control-plane'
import { expectEachDeployedOnce, waitForAllRunning } from './support/deployments'
import { waitFor } from './support/wait-for'

const GROUPS = 6
const children: ChildProcess[] = []

function spawnWorker(): Promise<ChildProcess> {
  const { NODE_OPTIONS: _ignored, ...env } = process.env
  // node with tsx's loader rather than the tsx (or npx) launcher: a launcher runs the worker
  // as its own child, and SIGKILL, which cannot be relayed, would hit only the launcher.
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/main.ts'], {
    // A real stage delay, so that the kill lands while containers are still being pulled.
    env: { ...env, CERULEAN_STAGE_DELAY_SCALE: '0.3' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes('workers: ready')) resolve(child)
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${output}`)))
  })
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode })
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
}

let owner: Awaited<ReturnType<typeof createTestUser>>

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 3, cpuCores: 4, memoryGb: 16, osTypes: ['Linux'] })
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
})

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

describe('a worker killed with SIGKILL mid-deployment', () => {
  it('leaves every group Running exactly once after a new worker takes over', { timeout: 90_000 }, async () => {
    const first = await spawnWorker()
    const created = await Promise.all(
      Array.from({ length: GROUPS }, (_, i) =>
        createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput({ name: `crash-${i}` }) }),
      ),
    )
    const ids = created.map(({ containerGroup }) => containerGroup.id)

    await waitFor(() => db.container.count({ where: { lifecycleStage: 'Pulling' } }), { description: 'a container being pulled' })
    first.kill('SIGKILL')
    expect(await exitOf(first)).toMatchObject({ signal: 'SIGKILL' })
    const runningAtKill = await db.containerGroup.count({ where: { id: { in: ids }, state: 'Running' } })
    expect(runningAtKill).toBeLessThan(GROUPS)

    const second = await spawnWorker()
    expect(ids).toHaveLength(GROUPS)
    await waitForAllRunning(ids, { description: 'every group Running', timeoutMs: 60_000, intervalMs: 200 })
    await expectEachDeployedOnce(ids)
    expect(await db.placement.count({ where: { containerGroupId: { in: ids } } })).toBe(GROUPS)
    expect(await nodeAllocationMismatches()).toEqual([])
    const nodes = await db.node.findMany()
    expect(nodes.reduce((sum, n) => sum + n.cpuAllocatedMillicores, 0)).toBe(GROUPS * 1000)

    second.kill('SIGTERM')
    expect(await exitOf(second)).toMatchObject({ code: 0 })
  })
})
