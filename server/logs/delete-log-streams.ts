import type { Redis } from 'ioredis'
import { sharedRedis } from '../redis'
import { logStreamKey } from './log-stream-key'

/** Drops the log streams of a deleted container group; logs do not outlive their resource. */
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
  await redis.del(...containerNames.map((name) => logStreamKey(containerGroupId, name)))
}
