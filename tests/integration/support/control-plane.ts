// Helpers that read the control plane's truth straight from Postgres, for assertions.
import { db } from '../../../server/db/client'
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
  timeoutMs = 20_000,
) {
  return waitFor(
    async () => {
      const group = await loadGroup(containerGroupId)
      return group && predicate(group) ? group : null
    },
    { description, timeoutMs },
  )
}
