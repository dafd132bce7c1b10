// Runs before each integration test file, in that file's own process: a fresh Postgres
// database with every migration applied and a Redis key prefix of its own, set in process.env
// before any server/ module reads it. Both are removed when the file is done.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { Redis } from 'ioredis'
import { afterAll } from 'vitest'

const suffix = randomBytes(6).toString('hex')
const databaseName = `cerulean_it_${suffix}`
const adminUrl = new URL(process.env.CERULEAN_TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
adminUrl.pathname = '/postgres'
const databaseUrl = new URL(adminUrl)
databaseUrl.pathname = `/${databaseName}`
const redisPrefix = `it-${suffix}`

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

await adminQuery(`CREATE DATABASE "${databaseName}"`)
process.env.DATABASE_URL = databaseUrl.toString()
process.env.REDIS_PREFIX = redisPrefix
process.env.CERULEAN_STAGE_DELAY_SCALE = '0'
// A group that finds no room waits for capacity; in tests the wait is short so failures show quickly.
process.env.CERULEAN_SCHEDULER_RETRY_WINDOW_MS ??= '1000'
process.env.CERULEAN_SCHEDULER_RETRY_BASE_MS ??= '200'
const { applyMigrations } = await import('../../server/db/schema-engine')
await applyMigrations(databaseUrl.toString())

type TGlobals = { ceruleanDb?: { $disconnect(): Promise<void> }; ceruleanRedis?: Redis; ceruleanQueue?: { close(): Promise<void> } }

afterAll(async () => {
  const globals = globalThis as TGlobals
  await globals.ceruleanQueue?.close().catch(() => {})
  await globals.ceruleanDb?.$disconnect().catch(() => {})
  globals.ceruleanRedis?.disconnect()
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null })
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000)
      if (keys.length) await redis.del(...keys)
      cursor = next
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
  await adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`)
})
