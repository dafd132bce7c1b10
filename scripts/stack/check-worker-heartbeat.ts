// Container health check of the worker: exit 0 while its heartbeat in Redis is fresh.
//   node --import tsx scripts/stack/check-worker-heartbeat.ts
import { Redis } from 'ioredis'
import { env } from '../../server/env'
import { parseHeartbeat, workersHeartbeatKey } from '../../server/health/check-health'

const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3_000, lazyConnect: true })
try {
  await redis.connect()
  const heartbeat = parseHeartbeat(await redis.get(workersHeartbeatKey()), new Date())
  console.log(heartbeat.ok ? `heartbeat at ${heartbeat.lastHeartbeatAt}` : `no fresh heartbeat (last: ${heartbeat.lastHeartbeatAt ?? 'none'})`)
  process.exitCode = heartbeat.ok ? 0 : 1
} catch (error) {
  console.log(`Redis unreachable: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  redis.disconnect()
}
