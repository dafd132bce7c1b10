// Starts the stack the e2e files run against: a fresh database on the machine's Postgres,
// its own Redis key prefix, a production build (reused when the sources did not change),
// `next start` on a free port and the workers. Tests get the URL through inject('baseUrl').
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { Redis } from 'ioredis'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/stack/network'
import { stopAll } from '../../scripts/stack/processes'
import { startStack } from '../../scripts/stack/stack'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')
const adminUrl = process.env.CERULEAN_E2E_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function deleteRedisKeys(prefix: string) {
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

export default async function setup(project: TestProject) {
  const id = crypto.randomBytes(4).toString('hex')
  const database = `cerulean_e2e_${id}`
  const redisPrefix = `cerulean-e2e-${id}`
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString()
  const port = await freePort()

  const logFile = path.join(root, 'test-results', 'e2e-stack.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)
  const verbose = process.env.CERULEAN_E2E_VERBOSE === '1'

  const teardown = async () => {
    await stopAll()
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {})
    await deleteRedisKeys(redisPrefix).catch(() => {})
    log.end()
  }

  await adminQuery(`CREATE DATABASE "${database}"`)
  try {
    console.log(`e2e: starting the stack on port ${port} (database ${database}); output in ${path.relative(root, logFile)}`)
    const stack = await startStack({
      root,
      port,
      databaseUrl,
      seedDemoUser: false,
      healthyWithinMs: 60_000,
      env: {
        REDIS_URL: redisUrl,
        REDIS_PREFIX: redisPrefix,
        CERULEAN_STAGE_DELAY_SCALE: '0.2',
        NEXTAUTH_URL: `http://localhost:${port}`,
      },
      onLine: (name, line) => {
        log.write(`[${name}] ${line}\n`)
        if (verbose || name === 'build') console.log(`[${name}] ${line}`)
      },
    })
    if (stack.health.status !== 'ok') {
      throw new Error(`The e2e stack is not healthy: ${JSON.stringify(stack.health)} (see ${logFile})`)
    }
    project.provide('baseUrl', stack.baseUrl)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
