import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { resolveLogStreamKey } from './begin-log-instance'
import { toLogLine, type TLogInstance, type TLogLine } from './log-stream-key'

function lines(entries: [string, string[]][]): TLogLine[] {
  return entries.map(([id, fields]) => toLogLine(id, fields)).filter((line) => line !== null)
}

/** A container's log, oldest first: everything kept, or only the last `tail` lines. */
export async function readLogLines({
  redis = sharedRedis(),
  containerGroupId,
  containerName,
  tail,
  instance = 'current',
}: {
  redis?: Redis
  containerGroupId: string
  containerName: string
  tail?: number
  instance?: TLogInstance
}): Promise<TLogLine[]> {
  const key = await resolveLogStreamKey({ redis, containerGroupId, containerName, instance })
  if (!key) return []
  if (tail !== undefined) {
    if (tail <= 0) return []
    // One more than asked: the newest entry of a previous instance is its marker.
    const newestFirst = (await redis.xrevrange(key, '+', '-', 'COUNT', tail + 1)) as [string, string[]][]
    return lines(newestFirst.reverse()).slice(-tail)
  }
  return lines((await redis.xrange(key, '-', '+')) as [string, string[]][])
}
