// kill -9 of the controller and of node agents at random moments while hundreds of groups
// deploy: every group still ends Running exactly once (one placement, each lifecycle event
// once, no restart), and every node's allocation equals the sum of what is placed on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { nodeAllocationMismatches } from './support/control-plane'
import { expectEachDeployedOnce, waitForAllRunning } from './support/deployments'
import { killHard, spawnEntry, stopAll, type TEntry, type TManagedChild } from './support/processes'
import { faultSeed, seededRandomInt } from './support/seeded-random'

// Four subscriptions, as ACI's default quota allows 100 groups per subscription and region.
const SUBSCRIPTIONS = 4
const GROUPS_PER_SUBSCRIPTION = 75
const GROUPS = SUBSCRIPTIONS * GROUPS_PER_SUBSCRIPTION
const KILLS = 8

const CHILD_ENV = {
  // Short but real stage delays, so that kills land mid-walk.
  CERULEAN_STAGE_DELAY_SCALE: '0.2',
  CERULEAN_NODE_LEASE_MS: '2000',
  CERULEAN_NODE_LEASE_RENEW_MS: '300',
  // Longer than any takeover here: a killed agent's nodes move to the other agent, not its groups.
  CERULEAN_NODE_HEARTBEAT_TIMEOUT_MS: '30000',
  CERULEAN_RECONCILE_EVERY_MS: '1000',
}

const children: TManagedChild[] = []
// Where the kills land is random but replayable: the seed is printed, and CERULEAN_FAULT_SEED=<seed> repeats it.
const seed = faultSeed()
console.log(`faults-kill: CERULEAN_FAULT_SEED=${seed}`)
const random = seededRandomInt(seed)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function start(kind: TEntry) {
  const child = await spawnEntry(kind, CHILD_ENV)
  children.push(child)
  return child
}

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 12, cpuCores: 16, memoryGb: 64, osTypes: ['Linux'] })
})

afterAll(async () => {
  await stopAll(children)
})

describe('kill -9 of controllers and agents while groups deploy', () => {
  it('ends with every group Running exactly once and exact capacity accounting', { timeout: 85_000 }, async () => {
    const live = await Promise.all([start('controller'), start('agent'), start('agent')])
    const owners = await Promise.all(Array.from({ length: SUBSCRIPTIONS }, () => createTestUser()))
    await Promise.all(owners.map((owner) => createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })))

    const chaos = (async () => {
      for (let kill = 0; kill < KILLS; kill++) {
        await sleep(random(300, 1_500))
        const index = random(0, live.length)
        const victim = live[index]
        await killHard(victim)
        await sleep(random(0, 400))
        live[index] = await start(victim.kind)
      }
    })()

    const ids: string[] = []
    for (const owner of owners) {
      for (let offset = 0; offset < GROUPS_PER_SUBSCRIPTION; offset += 25) {
        const batch = await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            createContainerGroup({
              principal: owner.principal,
              subscriptionId: owner.subscription.id,
              input: containerGroupInput({ name: `chaos-${offset + i}`, cpu: 0.5, memoryInGB: 0.5 }),
            }),
          ),
        )
        ids.push(...batch.map(({ containerGroup }) => containerGroup.id))
      }
    }
    await chaos
    expect(ids).toHaveLength(GROUPS)

    await waitForAllRunning(ids, { description: 'every group Running', timeoutMs: 50_000, intervalMs: 250 })
    await expectEachDeployedOnce(ids)
    expect(await db.placement.count()).toBe(GROUPS)
    expect(await nodeAllocationMismatches()).toEqual([])
    const nodes = await db.node.findMany()
    expect(nodes.reduce((sum, n) => sum + n.cpuAllocatedMillicores, 0)).toBe(GROUPS * 500)
    expect(nodes.every((n) => n.state === 'Ready')).toBe(true)
  })
})
