// Turns a ranked candidate list into a reservation that can never over-commit a node: the
// Placement row and the node's allocation change in one transaction, and the node update is
// conditional on the room still being there. Losing a race simply moves on to the next node.
import type { Db, Tx } from '../db/client'
import { isUniqueViolation } from '../db/errors'

export type TReservation =
  | { status: 'placed'; nodeId: string }
  | { status: 'already-placed'; nodeId: string }
  | { status: 'stale' }
  | { status: 'no-capacity' }

class NodeFull extends Error {}
class StaleGeneration extends Error {}

async function reserveOnNode(
  tx: Tx,
  options: { containerGroupId: string; generation: number; nodeId: string; cpuMillicores: number; memoryMb: number },
): Promise<TReservation> {
  const { containerGroupId, generation, nodeId, cpuMillicores, memoryMb } = options
  // FOR SHARE waits for a concurrent stop/delete/start (which lock FOR UPDATE) and then sees
  // its outcome, so a reservation can never land on a group that was just stopped or deleted.
  const current = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ContainerGroup"
    WHERE id = ${containerGroupId}::uuid AND generation = ${generation} AND "desiredState" = 'Running'
    FOR SHARE`
  if (current.length === 0) throw new StaleGeneration()

  const existing = await tx.placement.findUnique({ where: { containerGroupId } })
  if (existing) return { status: 'already-placed', nodeId: existing.nodeId }

  await tx.placement.create({ data: { containerGroupId, nodeId, cpuMillicores, memoryMb, generation } })
  const updated = await tx.$executeRaw`
    UPDATE "Node"
    SET "cpuAllocatedMillicores" = "cpuAllocatedMillicores" + ${cpuMillicores},
        "memoryAllocatedMb" = "memoryAllocatedMb" + ${memoryMb}
    WHERE id = ${nodeId}::uuid
      AND state = 'Ready'
      AND "cpuAllocatedMillicores" + ${cpuMillicores} <= "cpuCapacityMillicores"
      AND "memoryAllocatedMb" + ${memoryMb} <= "memoryCapacityMb"`
  if (updated === 0) throw new NodeFull()
  return { status: 'placed', nodeId }
}

/** Tries each candidate node in order; the first that still has room gets the group. */
export async function reservePlacement({
  client,
  containerGroupId,
  generation,
  nodeIds,
  cpuMillicores,
  memoryMb,
}: {
  client: Db
  containerGroupId: string
  generation: number
  nodeIds: string[]
  cpuMillicores: number
  memoryMb: number
}): Promise<TReservation> {
  for (const nodeId of nodeIds) {
    try {
      return await client.$transaction((tx) => reserveOnNode(tx, { containerGroupId, generation, nodeId, cpuMillicores, memoryMb }))
    } catch (error) {
      if (error instanceof NodeFull) continue
      if (error instanceof StaleGeneration) return { status: 'stale' }
      // Another scheduler run placed the group between our check and our insert.
      if (isUniqueViolation(error)) {
        const placement = await client.placement.findUnique({ where: { containerGroupId } })
        if (placement) return { status: 'already-placed', nodeId: placement.nodeId }
      }
      // The group was deleted while we held no lock on it (foreign key violation).
      if (isForeignKeyViolation(error)) return { status: 'stale' }
      throw error
    }
  }
  return { status: 'no-capacity' }
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2003'
}
