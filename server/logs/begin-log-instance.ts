// Starts a new log instance for a container (after a restart, or a new placement cycle): it
// becomes current, the one before becomes previous, and anything older is dropped, so a crash
// loop keeps two runs of logs, not a hundred. The old stream gets a marker entry naming the new
// one, which wakes live followers and tells them where to continue.
import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { logInstancesKey, logStreamKey } from './log-stream-key'

export async function beginLogInstance({
  redis = sharedRedis(),
  containerGroupId,
  containerName,
  instance,
}: {
  redis?: Redis
  containerGroupId: string
  containerName: string
  instance: string
}): Promise<void> {
  const listKey = logInstancesKey(containerGroupId, containerName)
  const known = await redis.lrange(listKey, 0, -1)
  if (known[0] === instance) return
  const transaction = redis.multi().lrem(listKey, 0, instance).lpush(listKey, instance).ltrim(listKey, 0, 1)
  if (known[0]) transaction.xadd(logStreamKey(containerGroupId, containerName, known[0]), '*', 'next', instance)
  const dropped = known.slice(1).filter((name) => name !== instance)
  if (dropped.length) transaction.del(...dropped.map((name) => logStreamKey(containerGroupId, containerName, name)))
  await transaction.exec()
}

/** The stream key of the current or previous instance, or null when there is none yet. */
export async function resolveLogStreamKey({
  redis = sharedRedis(),
  containerGroupId,
  containerName,
  instance = 'current',
}: {
  redis?: Redis
  containerGroupId: string
  containerName: string
  instance?: 'current' | 'previous'
}): Promise<string | null> {
  const name = await redis.lindex(logInstancesKey(containerGroupId, containerName), instance === 'current' ? 0 : 1)
  return name ? logStreamKey(containerGroupId, containerName, name) : null
}
