// Per-process state of the sampled walk over each pool (region + OS): where the next sample
// starts, and roughly how many schedulable nodes the pool has (to size the sample). Both are
// hints: a stale size only changes how many nodes are scored, and every scheduler process
// keeping its own cursor is what kube-scheduler does too.
//
// Spread rotates, as kube-scheduler does: the next sample starts after the last one, so every
// node gets its turn. The packing policies (binpack, balanced) instead keep their window where
// the last sample found its first feasible node, one cursor per request size: nodes before it
// are too full for that size, and staying put keeps filling the same few nodes instead of
// opening one partly filled node per window of the pool.
import type { Db } from '../db/client'
import { WALK_START, type TPlacementTarget, type TWalk } from './reserve-placement'
import { nodesToScore } from './sample-nodes'
import type { TSchedulingPolicy } from './scoring-policies'

const POOL_SIZE_TTL_MS = 10_000

const cursors = new Map<string, string>()
const poolSizes = new Map<string, { size: number; at: number; pending?: Promise<number> }>()

function poolKey(region: string, osType: string) {
  return `${region}/${osType}`
}

function cursorKey(target: TPlacementTarget, policy: TSchedulingPolicy) {
  const pool = poolKey(target.region, target.osType)
  return policy === 'spread' ? pool : `${pool}/${target.cpuMillicores}/${target.memoryMb}`
}

/** The id the next sample starts after. */
export function walkCursor(target: TPlacementTarget, policy: TSchedulingPolicy): string {
  return cursors.get(cursorKey(target, policy)) ?? WALK_START
}

export function advanceWalkCursor(target: TPlacementTarget, policy: TSchedulingPolicy, walk: TWalk) {
  const next = policy === 'spread' ? walk.last : walk.beforeFirst
  if (next) cursors.set(cursorKey(target, policy), next)
}

async function countSchedulableNodes(client: Db, region: string, osType: string): Promise<number> {
  const [row] = await client.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Node" WHERE region = ${region} AND "osType" = ${osType} AND state = 'Ready' AND NOT cordoned`
  return row?.count ?? 0
}

/** The sample size for the pool, from a node count refreshed every few seconds. */
export async function sampleSizeFor(client: Db, region: string, osType: string): Promise<number> {
  const key = poolKey(region, osType)
  const cached = poolSizes.get(key)
  const now = Date.now()
  if (cached && now - cached.at < POOL_SIZE_TTL_MS) return nodesToScore(cached.size)
  // Concurrent placements share one count instead of each running their own.
  if (cached?.pending) return nodesToScore(await cached.pending)
  const pending = countSchedulableNodes(client, region, osType)
  poolSizes.set(key, { size: cached?.size ?? 0, at: cached?.at ?? 0, pending })
  try {
    const size = await pending
    poolSizes.set(key, { size, at: now })
    return nodesToScore(size)
  } catch (error) {
    poolSizes.delete(key)
    throw error
  }
}
