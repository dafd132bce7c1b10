// What an agent reads from Postgres to (re)build its picture of the groups it runs: the groups
// placed on its nodes at their current generation and still wanted running. Whatever is not
// returned (stopped, deleted, moved to another node) is dropped by the caller.
import type { Db } from '../db/client'
import { toContainerRun, type TGroupRun } from './container-run'

export async function findPlacedGroupIds({ client, nodeIds }: { client: Db; nodeIds: string[] }): Promise<string[]> {
  if (nodeIds.length === 0) return []
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT "containerGroupId"::text AS id FROM "Placement" WHERE "nodeId" = ANY(${nodeIds}::uuid[])`
  return rows.map((row) => row.id)
}

export async function loadPlacedGroups({ client, containerGroupIds, now = Date.now() }: { client: Db; containerGroupIds: string[]; now?: number }): Promise<TGroupRun[]> {
  if (containerGroupIds.length === 0) return []
  const groups = await client.containerGroup.findMany({
    where: { id: { in: containerGroupIds }, desiredState: 'Running', placement: { isNot: null } },
    select: {
      id: true,
      name: true,
      generation: true,
      restartPolicy: true,
      state: true,
      provisioningState: true,
      tags: true,
      placement: { select: { nodeId: true, generation: true } },
      containers: {
        orderBy: { ordinal: 'asc' },
        select: { id: true, name: true, image: true, command: true, environmentVariables: true, lifecycleStage: true, restartCount: true, currentState: true },
      },
    },
  })
  return groups
    .filter((group) => group.placement && group.placement.generation === group.generation)
    .map((group) => ({
      id: group.id,
      name: group.name,
      generation: group.generation,
      nodeId: group.placement!.nodeId,
      restartPolicy: group.restartPolicy,
      state: group.state,
      provisioningState: group.provisioningState,
      tags: (group.tags ?? {}) as Record<string, string>,
      containers: group.containers.map((container) => toContainerRun(container, now)),
      epoch: 0,
    }))
}
