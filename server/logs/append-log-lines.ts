// Appends what a simulated container prints to the stream of its current instance. Streams are
// bounded like ACI's logs (about 4 MB per container). Redis can only cap a stream by entry count,
// so the count is derived from the size of the lines being written: 4 MB / average line size,
// which tracks a byte bound closely for containers whose lines are of similar length. Trimming
// is approximate ("~"), because exact trimming costs Redis far more.
import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { beginLogInstance } from './begin-log-instance'
import { logInstancesKey, logStreamKey } from './log-stream-key'

export const MAX_LOG_BYTES_PER_CONTAINER = 4 * 1024 * 1024
// Per-entry overhead Redis spends besides the text (id, field name, listpack bookkeeping).
const ENTRY_OVERHEAD_BYTES = 24
const MIN_ENTRIES = 1_000
const MAX_ENTRIES = 200_000

export function maxEntriesFor(lines: string[]): number {
  const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + ENTRY_OVERHEAD_BYTES, 0)
  const average = bytes / Math.max(1, lines.length)
  return Math.min(MAX_ENTRIES, Math.max(MIN_ENTRIES, Math.floor(MAX_LOG_BYTES_PER_CONTAINER / average)))
}

// The instance each container was last written under, so that only a change costs a round trip.
const knownInstances = new Map<string, string>()
const MAX_KNOWN_INSTANCES = 100_000

async function ensureInstance(redis: Redis, containerGroupId: string, containerName: string, instance: string | undefined): Promise<string> {
  const cacheKey = `${containerGroupId}/${containerName}`
  if (instance === undefined) {
    const current = await redis.lindex(logInstancesKey(containerGroupId, containerName), 0)
    if (current) return current
    instance = '0'
  }
  if (knownInstances.get(cacheKey) === instance) return instance
  await beginLogInstance({ redis, containerGroupId, containerName, instance })
  if (knownInstances.size >= MAX_KNOWN_INSTANCES) knownInstances.clear()
  knownInstances.set(cacheKey, instance)
  return instance
}

export async function appendLogLines({
  redis = sharedRedis(),
  containerGroupId,
  containerName,
  instance,
  lines,
}: {
  redis?: Redis
  containerGroupId: string
  containerName: string
  // logInstanceId({ generation, restartCount }); without it, the current instance.
  instance?: string
  lines: string[]
}): Promise<string[]> {
  if (lines.length === 0) return []
  const key = logStreamKey(containerGroupId, containerName, await ensureInstance(redis, containerGroupId, containerName, instance))
  const maxEntries = maxEntriesFor(lines)
  const pipeline = redis.pipeline()
  for (const line of lines) pipeline.xadd(key, 'MAXLEN', '~', maxEntries, '*', 'line', line)
  const results = (await pipeline.exec()) ?? []
  return results.map(([error, id]) => {
    if (error) throw error
    return String(id)
  })
}

/** How many entries were ever added to an instance's stream (trimming does not lower it). */
export async function countLogEntriesAdded({ redis = sharedRedis(), containerGroupId, containerName, instance }: { redis?: Redis; containerGroupId: string; containerName: string; instance: string }): Promise<number> {
  const info = (await redis.xinfo('STREAM', logStreamKey(containerGroupId, containerName, instance)).catch(() => null)) as unknown[] | null
  if (!info) return 0
  const index = info.indexOf('entries-added')
  return index >= 0 ? Number(info[index + 1]) : Number(info[info.indexOf('length') + 1] ?? 0)
}
