import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { logStreamKey, toLogLine, type TLogLine } from './log-stream-key'

/** The container's log, oldest first: everything kept, or only the last `tail` lines. */
export async function readLogLines({
  redis = sharedRedis(),
  containerGroupId,
  containerName,
  tail,
}: {
  redis?: Redis
  containerGroupId: string
  containerName: string
  tail?: number
}): Promise<TLogLine[]> {
  const key = logStreamKey(containerGroupId, containerName)
  if (tail !== undefined) {
    if (tail <= 0) return []
    const newestFirst = (await redis.xrevrange(key, '+', '-', 'COUNT', tail)) as [string, string[]][]
    return newestFirst.reverse().map(([id, fields]) => toLogLine(id, fields))
  }
  const entries = (await redis.xrange(key, '-', '+')) as [string, string[]][]
  return entries.map(([id, fields]) => toLogLine(id, fields))
}
