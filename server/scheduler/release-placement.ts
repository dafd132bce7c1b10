// The inverse of reservePlacement. Deleting the Placement row and giving its capacity back to
// the node happen in one transaction, so `allocated == sum of placements` holds for every node
// at every commit. Releasing a group that holds no placement is a no-op, so retries are safe.
import type { Db, Tx } from '../db/client'

/** For callers that already hold a transaction (stop, delete, start lock the group first). */
export async function releasePlacementInTransaction(tx: Tx, containerGroupId: string): Promise<{ nodeId: string } | null> {
  const released = await tx.$queryRaw<{ nodeId: string; cpuMillicores: number; memoryMb: number }[]>`
    DELETE FROM "Placement" WHERE "containerGroupId" = ${containerGroupId}::uuid
    RETURNING "nodeId", "cpuMillicores", "memoryMb"`
  for (const placement of released) {
    await tx.$executeRaw`
      UPDATE "Node"
      SET "cpuAllocatedMillicores" = "cpuAllocatedMillicores" - ${placement.cpuMillicores},
          "memoryAllocatedMb" = "memoryAllocatedMb" - ${placement.memoryMb}
      WHERE id = ${placement.nodeId}::uuid`
  }
  return released[0] ? { nodeId: released[0].nodeId } : null
}

export async function releasePlacement({ client, containerGroupId }: { client: Db; containerGroupId: string }) {
  return client.$transaction((tx) => releasePlacementInTransaction(tx, containerGroupId))
}
