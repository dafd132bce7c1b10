// A throwaway database and Redis key prefix for one run of a suite that starts its own stack (e2e, SDK, bench).
import pg from 'pg'
import { Redis } from 'ioredis'

const adminUrl = process.env.CERULEAN_E2E_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

export function databaseUrlFor(database: string): string {
  return Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString()
}

export async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export async function deleteRedisKeys(prefix: string) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500)
      if (keys.length) await redis.unlink(...keys)
      cursor = next
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
}
