// Starts the Cerulean the official SDKs and az talk to: a fresh database, `next start`
// and the workers (the same startStack as `npm start` and the e2e suite), and the HTTPS
// listener in front, with its CA in a temporary data folder. The test workers inherit the
// variables set here, so Node reads NODE_EXTRA_CA_CERTS when they start, as it must.
//
// CERULEAN_SDK_HTTP_URL=http://127.0.0.1:3000 CERULEAN_SDK_DATABASE_URL=… reuses a stack
// that is already running (e.g. `npm run dev`) instead of starting one.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/stack/network'
import { stopAll } from '../../scripts/stack/processes'
import { startStack } from '../../scripts/stack/stack'
import { startHttpsServer } from '../../server/tls/https-server'
import { tlsPaths } from '../../server/tls/data-dir'
import { adminQuery, databaseUrlFor, deleteRedisKeys } from '../support/test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    armEndpoint: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')

async function startOwnStack(dataDir: string, log: fs.WriteStream) {
  const id = crypto.randomBytes(4).toString('hex')
  const database = `cerulean_sdk_${id}`
  const redisPrefix = `cerulean-sdk-${id}`
  const port = await freePort()
  await adminQuery(`CREATE DATABASE "${database}"`)
  const cleanup = async () => {
    await stopAll()
    await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {})
    await deleteRedisKeys(redisPrefix).catch(() => {})
  }
  try {
    const stack = await startStack({
      root,
      port,
      mode: process.env.CERULEAN_SDK_STACK_MODE === 'dev' ? 'dev' : 'production',
      databaseUrl: databaseUrlFor(database),
      seedDemoUser: false,
      healthyWithinMs: 60_000,
      // Fast lifecycle stages: the suite waits for Succeeded and for restarts.
      env: { REDIS_PREFIX: redisPrefix, CERULEAN_STAGE_DELAY_SCALE: '0.05', CERULEAN_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}` },
      onLine: (name, line) => log.write(`[${name}] ${line}\n`),
    })
    if (stack.health.status !== 'ok') throw new Error(`The SDK stack is not healthy: ${JSON.stringify(stack.health)}`)
    return { targetPort: port, databaseUrl: stack.databaseUrl, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}

export default async function setup(project: TestProject) {
  const logFile = path.join(root, 'test-results', 'sdk-stack.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)

  const reuse = process.env.CERULEAN_SDK_HTTP_URL
  const dataDir = reuse ? path.resolve(root, process.env.CERULEAN_DATA_DIR ?? '.data') : fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-sdk-'))
  const stack = reuse
    ? { targetPort: Number(new URL(reuse).port), databaseUrl: process.env.CERULEAN_SDK_DATABASE_URL ?? process.env.DATABASE_URL!, cleanup: async () => {} }
    : await startOwnStack(dataDir, log)

  const httpsPort = await freePort()
  const server = await startHttpsServer({ port: httpsPort, targetPort: stack.targetPort, dataDir })
  const armEndpoint = `https://localhost:${httpsPort}`
  const caCert = tlsPaths(dataDir).caCert
  Object.assign(process.env, {
    NODE_EXTRA_CA_CERTS: caCert,
    REQUESTS_CA_BUNDLE: caCert,
    DATABASE_URL: stack.databaseUrl,
    CERULEAN_DATA_DIR: dataDir,
    CERULEAN_SDK_ENDPOINT: armEndpoint,
  })
  project.provide('armEndpoint', armEndpoint)
  console.log(`sdk: Cerulean on ${armEndpoint} (CA ${caCert}); stack output in ${path.relative(root, logFile)}`)

  return async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await stack.cleanup()
    if (!reuse) fs.rmSync(dataDir, { recursive: true, force: true })
    log.end()
  }
}
