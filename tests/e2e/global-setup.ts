// Starts the stack the e2e files run against: a fresh database on the machine's Postgres,
// its own Redis key prefix, a production build (reused when the sources did not change),
// `next start` on a free port and the workers. Tests get the URL through inject('baseUrl').
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/stack/network'
import { stopAll } from '../../scripts/stack/processes'
import { startStack } from '../../scripts/stack/stack'
import { adminQuery, databaseUrlFor, deleteRedisKeys, redisUrl } from '../support/test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')

export default async function setup(project: TestProject) {
  const id = crypto.randomBytes(4).toString('hex')
  const database = `cerulean_e2e_${id}`
  const redisPrefix = `cerulean-e2e-${id}`
  const databaseUrl = databaseUrlFor(database)
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
