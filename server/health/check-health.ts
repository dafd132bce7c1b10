// Liveness of the three things the portal depends on. Each probe has its own deadline:
// the shared ioredis connection queues commands while Redis is down (maxRetriesPerRequest:
// null, which BullMQ needs), and a health check that hangs is worse than one that says no.
import type { Redis } from 'ioredis'
import type { Db } from '../db/client'
import { redisKey } from '../redis'

export type HealthReport = {
  status: 'ok' | 'degraded'
  database: { ok: boolean; latencyMs: number | null }
  redis: { ok: boolean; latencyMs: number | null }
  workers: { ok: boolean; lastHeartbeatAt: string | null }
}

export type TWorkerHeartbeat = { pid: number; at: string }

const PROBE_TIMEOUT_MS = 2_000
// The workers refresh the heartbeat every few seconds with a TTL of about 15 s; an
// entry older than this is a worker that hangs without having died.
export const HEARTBEAT_MAX_AGE_MS = 30_000

export function workersHeartbeatKey(): string {
  return redisKey('workers', 'heartbeat')
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function timed(probe: () => Promise<unknown>): Promise<{ ok: boolean; latencyMs: number | null }> {
  const started = performance.now()
  try {
    await withTimeout(probe(), PROBE_TIMEOUT_MS)
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 }
  } catch {
    return { ok: false, latencyMs: null }
  }
}

export function parseHeartbeat(value: string | null, now: Date): { ok: boolean; lastHeartbeatAt: string | null } {
  if (!value) return { ok: false, lastHeartbeatAt: null }
  try {
    const heartbeat = JSON.parse(value) as Partial<TWorkerHeartbeat>
    const at = typeof heartbeat.at === 'string' || typeof heartbeat.at === 'number' ? new Date(heartbeat.at) : null
    if (!at || Number.isNaN(at.getTime())) return { ok: false, lastHeartbeatAt: null }
    return { ok: now.getTime() - at.getTime() <= HEARTBEAT_MAX_AGE_MS, lastHeartbeatAt: at.toISOString() }
  } catch {
    return { ok: false, lastHeartbeatAt: null }
  }
}

export async function checkHealth({ db, redis, now = () => new Date() }: { db: Db; redis: Redis; now?: () => Date }): Promise<HealthReport> {
  const [database, redisResult] = await Promise.all([timed(() => db.$queryRaw`SELECT 1`), timed(() => redis.ping())])
  const heartbeat = redisResult.ok ? await withTimeout(redis.get(workersHeartbeatKey()), PROBE_TIMEOUT_MS).catch(() => null) : null
  const workers = parseHeartbeat(heartbeat, now())
  const status = database.ok && redisResult.ok && workers.ok ? 'ok' : 'degraded'
  return { status, database, redis: redisResult, workers }
}
