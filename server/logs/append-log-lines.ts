// Appends what a simulated container prints. Streams are capped so a chatty container cannot
// grow Redis without bound: about 20 000 lines (~4 MB of typical access-log lines) per
// container, trimmed approximately ("~") because exact trimming costs Redis far more.
import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { logStreamKey } from './log-stream-key'

export const MAX_LOG_LINES_PER_CONTAINER = 20_000

export async function appendLogLines({
  redis = sharedRedis(),
  containerGroupId,
  containerName,
  lines,
}: {
  redis?: Redis
  containerGroupId: string
  containerName: string
  lines: string[]
}): Promise<string[]> {
  if (lines.length === 0) return []
  const key = logStreamKey(containerGroupId, containerName)
  const pipeline = redis.pipeline()
  for (const line of lines) pipeline.xadd(key, 'MAXLEN', '~', MAX_LOG_LINES_PER_CONTAINER, '*', 'line', line)
  const results = (await pipeline.exec()) ?? []
  return results.map(([error, id]) => {
    if (error) throw error
    return String(id)
  })
}
