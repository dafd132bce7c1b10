// Tells /api/health that a worker process is alive: a key with a short TTL, refreshed well
// inside it, so a dead or hung worker disappears from the report within seconds.
import type { Redis } from 'ioredis'
import { workersHeartbeatKey, type TWorkerHeartbeat } from '../server/health/check-health'

export function startHeartbeat({ redis, intervalMs = 5_000, ttlSeconds = 15 }: { redis: Redis; intervalMs?: number; ttlSeconds?: number }): () => void {
  const beat = () => {
    const value: TWorkerHeartbeat = { pid: process.pid, at: new Date().toISOString() }
    redis.set(workersHeartbeatKey(), JSON.stringify(value), 'EX', ttlSeconds).catch((error) => console.error('heartbeat failed:', error.message))
  }
  beat()
  const timer = setInterval(beat, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
