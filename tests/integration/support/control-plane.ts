// Helpers that read the control plane's truth straight from Postgres, for assertions.
import { db } from '../../../server/db/client'
import { commitContainerSteps } from '../../../server/nodeagents/commit-container-steps'
import { waitFor } from './wait-for'

/** Nodes whose allocation differs from the sum of their placements (should always be empty). */
export async function nodeAllocationMismatches() {
  return db.$queryRaw<{ name: string }[]>`
    SELECT n.name FROM "Node" n LEFT JOIN "Placement" p ON p."nodeId" = n.id
    GROUP BY n.id
    HAVING n."cpuAllocatedMillicores" <> COALESCE(SUM(p."cpuMillicores"), 0)
        OR n."memoryAllocatedMb" <> COALESCE(SUM(p."memoryMb"), 0)`
}

export async function totalAllocation() {
  const nodes = await db.node.findMany()
  return {
    cpuMillicores: nodes.reduce((sum, n) => sum + n.cpuAllocatedMillicores, 0),
    memoryMb: nodes.reduce((sum, n) => sum + n.memoryAllocatedMb, 0),
  }
}

export function loadGroup(containerGroupId: string) {
  return db.containerGroup.findUnique({
    where: { id: containerGroupId },
    include: { containers: { orderBy: { ordinal: 'asc' } }, placement: true, events: { orderBy: { firstTimestamp: 'asc' } }, operations: true },
  })
}

export async function waitForGroup(
  containerGroupId: string,
  predicate: (group: NonNullable<Awaited<ReturnType<typeof loadGroup>>>) => boolean,
  description: string,
  timeoutMs?: number,
) {
  return waitFor(
    async () => {
      const group = await loadGroup(containerGroupId)
      return group && predicate(group) ? group : null
    },
    { description, timeoutMs },
  )
}

/**
 * Whether a node agent that still held `group` at this generation would be turned away: the
 * batched write it would make (a container step) comes back stale and changes nothing.
 */
export async function agentWriteIsStale(group: { id: string; name: string; generation: number; restartPolicy: string; containers: Array<{ id: string; name: string; lifecycleStage: string }> }) {
  const container = group.containers[0]
  const result = await commitContainerSteps({
    client: db,
    items: [
      {
        group: {
          id: group.id,
          name: group.name,
          generation: group.generation,
          nodeId: '',
          restartPolicy: group.restartPolicy,
          state: 'Pending',
          provisioningState: 'Creating',
          tags: {},
          epoch: 0,
          containers: [{ id: container.id, name: container.name, image: '', command: [], environment: {}, stage: container.lifecycleStage, restartCount: 0, currentState: null, since: 0 }],
        },
        writes: [{ containerId: container.id, from: container.lifecycleStage, to: 'Pulling', currentState: null, previousState: null, restartIncrement: 0, events: [], logLines: [] }],
      },
    ],
  })
  return result.stale.has(group.id) && result.moved.size === 0
}

/**
 * The events of one clean start, each exactly once: Pulling, Pulled, Created, Started, or
 * without Pulling when the node already held the image ("already present on machine").
 */
export function isOneCleanStart(events: Array<{ name: string; count: number }>): boolean {
  const names = events.map((e) => e.name).join(',')
  return events.every((e) => e.count === 1) && (names === 'Pulling,Pulled,Created,Started' || names === 'Pulled,Created,Started')
}
