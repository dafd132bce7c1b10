// Per-process state of the sampled walk over each pool (region + OS): where the last sample
// stopped, and roughly how many schedulable nodes the pool has (to size the sample). Both are
// hints: a stale size only changes how many nodes are scored, and every scheduler process
// keeping its own cursor is what kube-scheduler does too.
import type { Db } from '../db/client'
import { WALK_START } from './reserve-placement'
import { nodesToScore } from './sample-nodes'

const POOL_SIZE_TTL_MS = 10_000

const cursors = new Map<string, string>()
const poolSizes = new Map<string, { size: number; at: number; pending?: Promise<number> }>()

function poolKey(region: string, osType: string) {
  return `${region}/${osType}`
}

export function walkCursor(region: string, osType: string): string {
  return cursors.get(poolKey(region, osType)) ?? WALK_START
}

export function advanceWalkCursor(region: string, osType: string, lastSampledId: string | null) {
  if (lastSampledId) cursors.set(poolKey(region, osType), lastSampledId)
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
