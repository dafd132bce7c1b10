import { Redis, type RedisOptions } from 'ioredis'
import { env } from './env'

// BullMQ workers block on Redis, so they need maxRetriesPerRequest: null; the same
// setting is harmless elsewhere and keeps one way of connecting.
const options: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false }

export function createRedis(): Redis {
  return new Redis(env.REDIS_URL, options)
}

const globalForRedis = globalThis as unknown as { ceruleanRedis?: Redis }

/** Shared non-blocking connection (XADD, queue.add). Blocking reads need their own. */
export function sharedRedis(): Redis {
  return (globalForRedis.ceruleanRedis ??= createRedis())
}

/** Every Redis key Cerulean writes starts with the configured prefix. */
export function redisKey(...parts: string[]): string {
  return [env.REDIS_PREFIX, ...parts].join(':')
}
