// Filter, sample, score and reserve in one SQL statement, so a placement is one round trip and
// can never over-commit a node:
//   - the group row is locked first (FOR NO KEY UPDATE): a concurrent stop, delete or start
//     (FOR UPDATE) is waited for and its outcome seen, and two runs for one group serialise;
//   - the sample walks the region's Ready nodes in id order from a rotating start over the
//     (region, osType, state, id) index and keeps the first `sampleSize` that fit;
//   - the best-scored candidates are row-locked SKIP LOCKED, so parallel schedulers take the
//     next-best node instead of queuing behind one another, and the lock re-checks the room
//     on the node's latest version;
//   - the Placement row is unique per group and inserted ON CONFLICT DO NOTHING, and the node's
//     allocation grows only for a row really inserted: a lost race changes nothing and raises
//     nothing, so several reservations can share one transaction (place-container-groups.ts).
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
  | { status: 'placed'; nodeId: string; walk: TWalk }
  | { status: 'already-placed'; nodeId: string }
  | { status: 'stale' }
  // Feasible nodes exist but every good candidate was taken or locked by a parallel scheduler.
  | { status: 'contended'; walk: TWalk | null }
  | { status: 'no-capacity' }

// Where the sample began (the node just before its first, as a cursor) and where it ended.
export type TWalk = { beforeFirst: string; last: string | null }

// Smallest uuid: "start from the beginning" of the walk.
export const WALK_START = '00000000-0000-0000-0000-000000000000'
// Candidates locked per attempt: enough that parallel schedulers rarely find all of them taken.
const CANDIDATES_PER_ATTEMPT = 32

type TRow = {
  existingNodeId: string | null
  reserved: number
  current: number
  feasible: number
  nodeId: string | null
  beforeFirstSampledId: string | null
  lastSampledId: string | null
}

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
    WITH existing AS (
      SELECT "nodeId" FROM "Placement" WHERE "containerGroupId" = ${containerGroupId}::uuid
    ),
    target AS (
      SELECT id FROM "ContainerGroup"
      WHERE id = ${containerGroupId}::uuid AND generation = ${generation} AND "desiredState" = 'Running' AND "provisioningState" <> 'Failed'
        AND NOT EXISTS (SELECT 1 FROM existing)
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
    placed AS (
      INSERT INTO "Placement" (id, "containerGroupId", "nodeId", "cpuMillicores", "memoryMb", generation, "createdAt")
      SELECT gen_random_uuid(), ${containerGroupId}::uuid, chosen.id, ${cpuMillicores}, ${memoryMb}, ${generation}, clock_timestamp()
      FROM chosen
      ON CONFLICT ("containerGroupId") DO NOTHING
      RETURNING "nodeId"
    ),
    -- The node row is locked by \`chosen\`, which re-checked the room on its latest version, so
    -- this cannot over-commit; it runs only for a Placement that was really inserted.
    reserved AS (
      UPDATE "Node" n
      SET "cpuAllocatedMillicores" = n."cpuAllocatedMillicores" + ${cpuMillicores},
          "memoryAllocatedMb" = n."memoryAllocatedMb" + ${memoryMb}
      FROM placed
      WHERE n.id = placed."nodeId"
      RETURNING n.id
    ),
    creating AS (
      UPDATE "ContainerGroup" g SET "provisioningState" = 'Creating', "updatedAt" = clock_timestamp()
      FROM placed
      WHERE g.id = ${containerGroupId}::uuid AND g."provisioningState" = 'Pending'
      RETURNING g.id
    )
    SELECT
      (SELECT "nodeId" FROM existing) AS "existingNodeId",
      (SELECT count(*) FROM reserved)::int AS reserved,
      (SELECT count(*) FROM target)::int AS current,
      (SELECT count(*) FROM sample)::int AS feasible,
      (SELECT "nodeId" FROM placed) AS "nodeId",
      (SELECT id FROM sample ORDER BY lap DESC, id DESC LIMIT 1) AS "lastSampledId",
      (SELECT n.id FROM "Node" n, (SELECT id FROM sample ORDER BY lap, id LIMIT 1) first
       WHERE n.region = ${target.region} AND n."osType" = ${target.osType} AND n.state = 'Ready' AND n.id < first.id
       ORDER BY n.id DESC LIMIT 1) AS "beforeFirstSampledId",
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
      return { status: 'contended', walk: null }
    }
    // The group was deleted while the statement ran (foreign key violation).
    if (sqlState(error) === '23503' || (error as { code?: string }).code === 'P2003') return { status: 'stale' }
    throw error
  }
  if (row?.existingNodeId) return { status: 'already-placed', nodeId: row.existingNodeId }
  if (!row || row.current === 0) return { status: 'stale' }
  const walk = { beforeFirst: row.beforeFirstSampledId ?? WALK_START, last: row.lastSampledId }
  if (row.nodeId) return { status: 'placed', nodeId: row.nodeId, walk }
  if (row.feasible === 0) return { status: 'no-capacity' }
  return { status: 'contended', walk }
}

function sqlState(error: unknown): string | undefined {
  const e = error as { meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } } | null
  return e?.meta?.code ?? e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.meta?.driverAdapterError?.cause?.code
}
