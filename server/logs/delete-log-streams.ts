import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { logInstancesKey, logStreamKey } from './log-stream-key'

/** Drops every log instance of a deleted container group; logs do not outlive their resource. */
export async function deleteLogStreams({
  redis = sharedRedis(),
  containerGroupId,
  containerNames,
}: {
  redis?: Redis
  containerGroupId: string
  containerNames: string[]
}): Promise<void> {
  if (containerNames.length === 0) return
  const keys: string[] = []
  for (const name of containerNames) {
    const instances = await redis.lrange(logInstancesKey(containerGroupId, name), 0, -1)
    keys.push(logInstancesKey(containerGroupId, name), ...instances.map((instance) => logStreamKey(containerGroupId, name, instance)))
  }
  await redis.del(...keys)
}
