// npm start (via scripts/start.mjs): the whole stack in the foreground; Ctrl-C stops all of it.
//   --dev   `next dev` instead of a production build
import path from 'node:path'
import { DEMO_USER } from '../prisma/demo-user'
import { MissingRedisError } from './stack/redis-server'
import { prefixFor, recordChildrenIn, runningProcesses, stopAll } from './stack/processes'
import { PortInUseError, startStack } from './stack/stack'
import { startHttpsServer } from '../server/tls/https-server'

const root = path.resolve(import.meta.dirname, '..')
const mode = process.argv.includes('--dev') ? 'dev' : 'production'
const startedAt = Number(process.env.CERULEAN_STARTED_AT) || performance.timeOrigin
const port = Number(process.env.PORT || 3000)
const log = (line: string) => console.log(`${prefixFor('start')} ${line}`)

let stopping: Promise<never> | undefined
function shutdown(code: number, reason?: string): Promise<never> {
  stopping ??= (async () => {
    if (reason) log(reason)
    if (runningProcesses().length > 0) {
      log('Stopping…')
      await stopAll()
      log('Stopped.')
    }
    process.exit(code)
  })()
  return stopping
}

// scripts/start.mjs stops what is listed here if this process is killed outright.
recordChildrenIn(process.env.CERULEAN_CHILDREN_FILE || path.join(root, '.data', 'stack-children.json'))

// npm, scripts/start.mjs and the terminal may each deliver the same Ctrl-C; one is enough.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(signal === 'SIGINT' ? 130 : 143))
}

// When scripts/start.mjs is gone (killed hard), nobody would stop the children: stop them now.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) void shutdown(143, 'The parent process is gone.')
}, 1_000).unref()

try {
  const stack = await startStack({
    root,
    port,
    mode,
    databaseUrl: process.env.DATABASE_URL || undefined,
    seedDemoUser: true,
  })
  if (stopping) await stopping

  // HTTPS listener (identity): the Azure SDKs and az send bearer tokens only over https.
  // It runs in this process and forwards to the portal; the CA lives in .data/tls.
  const httpsPort = Number(process.env.CERULEAN_HTTPS_PORT || 3443)
  await startHttpsServer({ port: httpsPort, targetPort: port, execPort: Number(process.env.CERULEAN_EXEC_PORT || 3022) })

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  const health = stack.health
  const unhealthy = (['database', 'redis', 'workers'] as const).filter((part) => !health[part].ok)
  const redisNote = { REDIS_URL: 'REDIS_URL', local: 'already running', spawned: 'private redis-server' }[stack.redis]
  console.log('')
  log(`Cerulean is running at ${stack.baseUrl} (started in ${seconds} s)`)
  log(`  Sign in as ${DEMO_USER.email} / ${DEMO_USER.password}`)
  log(`  Database: ${stack.database === 'embedded' ? `embedded Postgres (.data/postgres), ${stack.databaseUrl}` : 'DATABASE_URL'}`)
  log(`  Redis:    ${stack.redisUrl} (${redisNote})`)
  log(`  Build:    ${mode === 'dev' ? 'next dev' : stack.build?.built ? `built in ${stack.build.seconds.toFixed(1)} s` : 'unchanged, reused'}`)
  log(`  HTTPS:    https://localhost:${httpsPort} for the Azure SDKs and az (eval "$(npm run --silent cerulean -- env)")`)
  log(`  Health:   ${health.status}${unhealthy.length ? ` (not ok: ${unhealthy.join(', ')})` : ''}`)
  log('Press Ctrl-C to stop.')
  console.log('')
  const { name, status } = await stack.unexpectedExit
  if (!stopping) {
    await shutdown(1, `The ${name} process exited (${status.signal ?? `code ${status.code}`}); stopping the rest.`)
  }
} catch (error) {
  if (stopping) await stopping
  const message = error instanceof MissingRedisError || error instanceof PortInUseError ? error.message : `Could not start Cerulean: ${(error as Error).message}`
  console.error(message)
  await shutdown(1)
}
