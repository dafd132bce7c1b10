// Commands that change a group's desired state (start, stop, restart, delete) take a row lock
// first. The scheduler's reservation takes a shared lock on the same row, so the two never
// interleave: a stop either sees the placement and releases it, or the reservation sees the
// stop and backs off.
import type { Tx } from '../db/client'

export async function lockContainerGroupForUpdate(tx: Tx, containerGroupId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ContainerGroup" WHERE id = ${containerGroupId}::uuid FOR UPDATE`
  return rows.length > 0
}
