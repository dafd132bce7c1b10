// Many groups at once, for the fault tests: create them, wait until all run, and check that each
// came up exactly once. Importing this reads DATABASE_URL and REDIS_URL, so a test that brings
// its own Postgres or Redis imports it only after setting them.
import { expect } from 'vitest'
import { db } from '../../../server/db/client'
import { createContainerGroup } from '../../../server/containergroups/create-container-group'
import { containerGroupInput } from '../../factories/container-groups'
import { isOneCleanStart, nodeAllocationMismatches } from './control-plane'
import { waitFor } from './wait-for'

type TOwner = { principal: Parameters<typeof createContainerGroup>[0]['principal']; subscription: { id: string } }

/** `count` small groups (0.5 vCPU, 0.5 GB) named `<prefix>-<i>`, created together; their ids. */
export async function createSmallGroups({ owner, prefix, count }: { owner: TOwner; prefix: string; count: number }) {
  const created = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscription.id, input: containerGroupInput({ name: `${prefix}-${i}`, cpu: 0.5, memoryInGB: 0.5 }) }),
    ),
  )
  return created.map(({ containerGroup }) => containerGroup.id)
}

export function waitForAllRunning(ids: readonly string[], { description, timeoutMs, intervalMs }: { description: string; timeoutMs: number; intervalMs: number }) {
  return waitFor(async () => (await db.containerGroup.count({ where: { id: { in: [...ids] }, state: 'Running', provisioningState: 'Succeeded' } })) === ids.length, {
    description,
    timeoutMs,
    intervalMs,
  })
}

/** Every group once placed, its container Running without a restart, each event and operation once. */
export async function expectEachDeployedOnce(ids: readonly string[]) {
  const groups = await db.containerGroup.findMany({
    where: { id: { in: [...ids] } },
    include: { containers: true, placement: true, events: { orderBy: { firstTimestamp: 'asc' } }, operations: true },
  })
  for (const group of groups) {
    expect(group.generation).toBe(1)
    expect(group.placement).not.toBeNull()
    expect(group.containers[0]).toMatchObject({ lifecycleStage: 'Running', restartCount: 0 })
    // Each event once; a node that already holds the image skips Pulling.
    expect(isOneCleanStart(group.events), JSON.stringify(group.events.map((e) => [e.name, e.count]))).toBe(true)
    expect(group.operations.map((o) => o.status)).toEqual(['Succeeded'])
  }
}

/** Every group Running at generation 1 after one clean start, one placement each (and no other), and exact node accounting. */
export async function expectEachStartedOnce(ids: readonly string[]) {
  const groups = await db.containerGroup.findMany({ where: { id: { in: [...ids] } }, include: { events: { orderBy: { firstTimestamp: 'asc' } } } })
  for (const group of groups) {
    expect(group).toMatchObject({ generation: 1, state: 'Running' })
    expect(isOneCleanStart(group.events), JSON.stringify(group.events.map((e) => [e.name, e.count]))).toBe(true)
  }
  expect(await db.placement.count()).toBe(ids.length)
  expect(await nodeAllocationMismatches()).toEqual([])
}
