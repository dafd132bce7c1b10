// ARM-style throttling: one token bucket per subscription (or, for tenant-level calls, per tenant)
// and kind of request. Buckets live in Redis so every API process shares them; if Redis is slow or
// down the API keeps answering from a per-process bucket rather than failing or hanging.
import { env } from '../env'
import { redisKey, sharedRedis } from '../redis'

export type TThrottleKind = 'read' | 'write' | 'delete'
export type TThrottleResult = { allowed: boolean; remaining: number; retryAfterSeconds: number }

const REDIS_TIMEOUT_MS = 250

const TOKEN_BUCKET = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local data = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(data[1]) or capacity
local ts = tonumber(data[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate / 1000)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
return {allowed, tostring(tokens)}
`

const memoryBuckets = new Map<string, { tokens: number; ts: number }>()

function takeFromMemory(key: string, capacity: number, rate: number, now: number): [number, number] {
  const bucket = memoryBuckets.get(key) ?? { tokens: capacity, ts: now }
  bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.ts) * rate) / 1000)
  bucket.ts = now
  let allowed = 0
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1
    allowed = 1
  }
  memoryBuckets.set(key, bucket)
  return [allowed, bucket.tokens]
}

async function takeFromRedis(key: string, capacity: number, rate: number, now: number): Promise<[number, number]> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('throttle: redis timeout')), REDIS_TIMEOUT_MS)
  })
  try {
    const reply = (await Promise.race([sharedRedis().eval(TOKEN_BUCKET, 1, key, capacity, rate, now), timeout])) as [number, string]
    return [Number(reply[0]), Number(reply[1])]
  } finally {
    clearTimeout(timer)
  }
}

export function throttleKindOf(method: string): TThrottleKind {
  if (method === 'GET' || method === 'HEAD') return 'read'
  return method === 'DELETE' ? 'delete' : 'write'
}

/** Takes one token for `scope` (e.g. "subscription:<id>"); tells whether the call may go ahead. */
export async function takeThrottleToken(scope: string, kind: TThrottleKind): Promise<TThrottleResult> {
  const capacity = kind === 'read' ? env.ARM_THROTTLE_READ_BUCKET : env.ARM_THROTTLE_WRITE_BUCKET
  const rate = kind === 'read' ? env.ARM_THROTTLE_READ_REFILL_PER_SECOND : env.ARM_THROTTLE_WRITE_REFILL_PER_SECOND
  if (!env.ARM_THROTTLE_ENABLED) return { allowed: true, remaining: capacity, retryAfterSeconds: 0 }
  const key = redisKey('arm-throttle', scope.toLowerCase(), kind)
  const now = Date.now()
  let allowed: number
  let tokens: number
  try {
    ;[allowed, tokens] = await takeFromRedis(key, capacity, rate, now)
  } catch {
    ;[allowed, tokens] = takeFromMemory(key, capacity, rate, now)
  }
  return {
    allowed: allowed === 1,
    remaining: Math.max(0, Math.floor(tokens)),
    retryAfterSeconds: allowed === 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate)),
  }
}
