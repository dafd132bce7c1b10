// Filter, sample, score and reserve in one SQL statement, so a placement is one round trip and
// can never over-commit a node:
//   - the group row is locked first (FOR NO KEY UPDATE): a concurrent stop, delete or start
//     (FOR UPDATE) is waited for and its outcome seen, and two runs for one group serialise;
//   - the sample walks the region's Ready nodes in id order from a rotating start over the
//     (region, osType, state, id) index and keeps the first `sampleSize` that fit;
//   - the best-scored candidates are row-locked SKIP LOCKED, so parallel schedulers take the
//     next-best node instead of queuing behind one another, and the lock re-checks the room
//     on the node's latest version;
//   - the node's allocation is a conditional UPDATE and the Placement row is unique per group,
//     all in the statement's one transaction: either everything happens or nothing does.
import { Prisma } from '../db/generated/client'
import type { Db, Tx } from '../db/client'
import { isUniqueViolation } from '../db/errors'
import { POLICY_WEIGHTS, type TSchedulingPolicy } from './scoring-policies'

export type TPlacementTarget = {
  containerGroupId: string
  generation: number
  region: string
  osType: string
  cpuMillicores: number
  memoryMb: number
}

export type TReservation =
  | { status: 'placed'; nodeId: string; lastSampledId: string | null }
  | { status: 'already-placed'; nodeId: string }
  | { status: 'stale' }
  // Feasible nodes exist but every good candidate was taken or locked by a parallel scheduler.
  | { status: 'contended'; lastSampledId: string | null }
  | { status: 'no-capacity' }

// Smallest uuid: "start from the beginning" of the walk.
export const WALK_START = '00000000-0000-0000-0000-000000000000'
// Candidates locked per attempt: enough that parallel schedulers rarely find all of them taken.
const CANDIDATES_PER_ATTEMPT = 8

type TRow = { current: number; feasible: number; nodeId: string | null; lastSampledId: string | null }

function fits(alias: string, cpuMillicores: number, memoryMb: number) {
  const n = Prisma.raw(alias)
  return Prisma.sql`${n}.state = 'Ready' AND NOT ${n}.cordoned
    AND ${n}."cpuAllocatedMillicores" + ${cpuMillicores} <= ${n}."cpuCapacityMillicores"
    AND ${n}."memoryAllocatedMb" + ${memoryMb} <= ${n}."memoryCapacityMb"`
}

function walkBranch(target: TPlacementTarget, idCondition: Prisma.Sql, lap: number, sampleSize: number) {
  return Prisma.sql`(SELECT n.id, ${lap}::int AS lap, n."cpuAllocatedMillicores" AS cpu, n."memoryAllocatedMb" AS memory,
      n."cpuCapacityMillicores" AS "cpuCapacity", n."memoryCapacityMb" AS "memoryCapacity"
    FROM "Node" n
    WHERE EXISTS (SELECT 1 FROM target) AND n.region = ${target.region} AND n."osType" = ${target.osType} AND ${idCondition}
      AND ${fits('n', target.cpuMillicores, target.memoryMb)}
    ORDER BY n.id LIMIT ${sampleSize})`
}

function placementStatement({ target, policy, after, sampleSize, skipLocked }: { target: TPlacementTarget; policy: TSchedulingPolicy; after: string; sampleSize: number; skipLocked: boolean }) {
  const { containerGroupId, generation, cpuMillicores, memoryMb } = target
  const { allocation, imbalance } = POLICY_WEIGHTS[policy]
  const cpuFraction = Prisma.sql`(s.cpu + ${cpuMillicores})::float8 / s."cpuCapacity"`
  const memoryFraction = Prisma.sql`(s.memory + ${memoryMb})::float8 / s."memoryCapacity"`
  const wait = skipLocked ? Prisma.sql`SKIP LOCKED` : Prisma.empty
  return Prisma.sql`
    WITH target AS (
      SELECT id FROM "ContainerGroup"
      WHERE id = ${containerGroupId}::uuid AND generation = ${generation} AND "desiredState" = 'Running' AND "provisioningState" <> 'Failed'
      FOR NO KEY UPDATE
    ),
    sample AS (
      SELECT * FROM (
        ${walkBranch(target, Prisma.sql`n.id > ${after}::uuid`, 0, sampleSize)}
        UNION ALL
        ${walkBranch(target, Prisma.sql`n.id <= ${after}::uuid`, 1, sampleSize)}
      ) walked LIMIT ${sampleSize}
    ),
    ranked AS (
      SELECT s.id, s.lap,
        ${allocation}::float8 * (${cpuFraction} + ${memoryFraction}) / 2 + ${imbalance}::float8 * abs(${cpuFraction} - ${memoryFraction}) AS score
      FROM sample s
      ORDER BY score DESC, s.lap, s.id
      LIMIT ${CANDIDATES_PER_ATTEMPT}
    ),
    chosen AS (
      SELECT n.id FROM "Node" n JOIN ranked r ON r.id = n.id
      WHERE ${fits('n', cpuMillicores, memoryMb)}
      ORDER BY r.score DESC, r.lap, r.id
      LIMIT 1
      FOR NO KEY UPDATE OF n ${wait}
    ),
    reserved AS (
      UPDATE "Node" n
      SET "cpuAllocatedMillicores" = n."cpuAllocatedMillicores" + ${cpuMillicores},
          "memoryAllocatedMb" = n."memoryAllocatedMb" + ${memoryMb}
      FROM chosen
      WHERE n.id = chosen.id AND ${fits('n', cpuMillicores, memoryMb)}
      RETURNING n.id
    ),
    placed AS (
      INSERT INTO "Placement" (id, "containerGroupId", "nodeId", "cpuMillicores", "memoryMb", generation, "createdAt")
      SELECT gen_random_uuid(), ${containerGroupId}::uuid, reserved.id, ${cpuMillicores}, ${memoryMb}, ${generation}, clock_timestamp()
      FROM reserved
      RETURNING "nodeId"
    ),
    creating AS (
      UPDATE "ContainerGroup" g SET "provisioningState" = 'Creating', "updatedAt" = clock_timestamp()
      FROM placed
      WHERE g.id = ${containerGroupId}::uuid AND g."provisioningState" = 'Pending'
      RETURNING g.id
    )
    SELECT
      (SELECT count(*) FROM target)::int AS current,
      (SELECT count(*) FROM sample)::int AS feasible,
      (SELECT "nodeId" FROM placed) AS "nodeId",
      (SELECT id FROM sample ORDER BY lap DESC, id DESC LIMIT 1) AS "lastSampledId",
      (SELECT count(*) FROM creating)::int AS creating`
}

/**
 * One placement attempt. `skipLocked: false` waits for locked candidates instead of passing
 * them by; the scheduler uses it after repeated contention so that it always makes progress.
 */
export async function reservePlacement({
  client,
  target,
  policy,
  after = WALK_START,
  sampleSize,
  skipLocked = true,
}: {
  client: Db | Tx
  target: TPlacementTarget
  policy: TSchedulingPolicy
  after?: string
  sampleSize: number
  skipLocked?: boolean
}): Promise<TReservation> {
  let row: TRow | undefined
  try {
    ;[row] = await client.$queryRaw<TRow[]>(placementStatement({ target, policy, after, sampleSize, skipLocked }))
  } catch (error) {
    // Another run placed the group between our snapshot and our insert.
    if (isUniqueViolation(error) || sqlState(error) === '23505') {
      const placement = await client.placement.findUnique({ where: { containerGroupId: target.containerGroupId }, select: { nodeId: true } })
      if (placement) return { status: 'already-placed', nodeId: placement.nodeId }
      return { status: 'contended', lastSampledId: null }
    }
    // The group was deleted while the statement ran (foreign key violation).
    if (sqlState(error) === '23503' || (error as { code?: string }).code === 'P2003') return { status: 'stale' }
    throw error
  }
  if (!row || row.current === 0) return { status: 'stale' }
  if (row.nodeId) return { status: 'placed', nodeId: row.nodeId, lastSampledId: row.lastSampledId }
  if (row.feasible === 0) return { status: 'no-capacity' }
  return { status: 'contended', lastSampledId: row.lastSampledId }
}

function sqlState(error: unknown): string | undefined {
  const e = error as { meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } } | null
  return e?.meta?.code ?? e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.meta?.driverAdapterError?.cause?.code
}
