// The whole Cerulean stack on one machine: database, Redis, migrations and seed, a build
// when the sources changed, then the portal and the workers. `npm start`, the e2e suite
// and bench/idle-memory.ts all start it through this function.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { HealthReport } from '../../server/health/check-health'
import { ensureBuild, nextBin, type BuildOutcome } from './build'
import { startEmbeddedPostgres } from './embedded-postgres'
import { fetchHealth, isPortFree, sleep, waitFor } from './network'
import { runToCompletion, spawnManaged, type ExitStatus, type ManagedProcess } from './processes'
import { resolveRedis, type ResolvedRedis } from './redis-server'

export type StackOptions = {
  root: string
  port: number
  /** 'dev' runs `next dev` (no build); 'production' builds when needed and runs `next start`. */
  mode?: 'production' | 'dev'
  /** A database of your own; without it an embedded Postgres serves `embeddedDatabase`. */
  databaseUrl?: string
  embeddedDataDir?: string
  embeddedDatabase?: string
  /** 'auto' uses REDIS_URL, then 127.0.0.1:6379, then a private redis-server; 'spawn' always the latter. */
  redis?: 'auto' | 'spawn'
  seedDemoUser?: boolean
  /** Variables for the portal and the workers on top of process.env (REDIS_PREFIX, say). */
  env?: Record<string, string>
  /** Prints the children's output with a name prefix (default), or drops it. */
  quiet?: boolean
  /** Receives every output line of the portal, the workers and the database step instead. */
  onLine?: (name: string, line: string) => void
  /** Waits this long for every health check to pass before returning (workers may be slow). */
  healthyWithinMs?: number
}

export type Stack = {
  baseUrl: string
  databaseUrl: string
  redisUrl: string
  database: 'embedded' | 'DATABASE_URL'
  redis: ResolvedRedis['source']
  build: BuildOutcome | undefined
  health: HealthReport
  processes: { web: ManagedProcess; workers: ManagedProcess; exec: ManagedProcess; postgres?: ManagedProcess; redis?: ManagedProcess }
  /** Resolves when the portal or the workers exit on their own. */
  unexpectedExit: Promise<{ name: string; status: ExitStatus }>
}

export class PortInUseError extends Error {
  constructor(port: number) {
    super(`Port ${port} is already in use. Stop what listens there or choose another port: PORT=3001 npm start`)
  }
}

/** NEXTAUTH_SECRET from the environment, or one generated on the first start and kept in .data/secret. */
export function nextAuthSecret(root: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET
  const file = path.join(root, '.data', 'secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = crypto.randomBytes(32).toString('base64url')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}

/** `node --import tsx <script>`: tsx's loader without the extra process its CLI keeps. */
export function tsxArgs(script: string, ...args: string[]): string[] {
  return ['--import', 'tsx', script, ...args]
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const { root, port, mode = 'production', quiet = false } = options
  const filterLine = quiet ? () => false : undefined
  if (!(await isPortFree(port))) {
    throw new PortInUseError(port)
  }
  const lineSink = (name: string) => (options.onLine ? (line: string) => options.onLine!(name, line) : undefined)

  // Redis first: when it is missing the start fails with its message before anything runs.
  const redis = await resolveRedis({ spawnOwn: options.redis === 'spawn' })
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: options.embeddedDataDir ?? path.join(root, '.data', 'postgres'),
        database: options.embeddedDatabase ?? 'cerulean',
      })
  const databaseUrl = options.databaseUrl ?? embedded!.urlFor(options.embeddedDatabase ?? 'cerulean')

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    ...options.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    PORT: String(port),
    NEXTAUTH_SECRET: nextAuthSecret(root),
    NEXT_TELEMETRY_DISABLED: '1',
  }

  const [, build] = await Promise.all([
    runToCompletion({
      name: 'db',
      command: process.execPath,
      args: tsxArgs('scripts/stack/prepare-database.ts', ...(options.seedDemoUser === false ? ['--no-demo-user'] : [])),
      cwd: root,
      env,
      filterLine,
      onLine: lineSink('db'),
    }),
    mode === 'production' ? ensureBuild({ root, env, quiet, onLine: lineSink('build') }) : Promise.resolve(undefined),
  ])

  const web = spawnManaged({
    name: 'web',
    command: process.execPath,
    args: [nextBin(root), mode === 'dev' ? 'dev' : 'start', '-p', String(port)],
    cwd: root,
    env: { ...env, NODE_ENV: mode === 'dev' ? 'development' : 'production' },
    filterLine,
    onLine: lineSink('web'),
  })
  const workers = spawnManaged({
    name: 'workers',
    command: process.execPath,
    args: tsxArgs('workers/main.ts'),
    cwd: root,
    env: { ...env, NODE_ENV: mode === 'dev' ? 'development' : 'production' },
    filterLine,
    onLine: lineSink('workers'),
  })
  // Container exec websockets: Next.js cannot take upgrades, so they get a small server of their
  // own. Losing it only breaks Connect, so it does not stop the stack.
  const exec = spawnManaged({
    name: 'exec',
    command: process.execPath,
    args: tsxArgs('scripts/exec-server.ts'),
    cwd: root,
    env: { ...env, NODE_ENV: mode === 'dev' ? 'development' : 'production' },
    filterLine,
    onLine: lineSink('exec'),
  })
  const unexpectedExit = Promise.race(
    [web, workers].map((managed) => managed.exited.then((status) => ({ name: managed.name, status }))),
  )

  const baseUrl = `http://localhost:${port}`
  const exitedEarly = () =>
    web.hasExited() ? 'the portal exited' : workers.hasExited() ? 'the workers exited' : undefined
  let health = await waitFor({
    what: `waiting for ${baseUrl}/api/health`,
    // `next dev` compiles the route on the first request.
    timeoutMs: mode === 'dev' ? 180_000 : 90_000,
    check: () => fetchHealth(baseUrl),
    abort: exitedEarly,
  })
  const deadline = Date.now() + (options.healthyWithinMs ?? 20_000)
  while (health.status !== 'ok' && Date.now() < deadline && !exitedEarly()) {
    await sleep(500)
    health = (await fetchHealth(baseUrl).catch(() => undefined)) ?? health
  }

  return {
    baseUrl,
    databaseUrl,
    redisUrl: redis.url,
    database: embedded ? 'embedded' : 'DATABASE_URL',
    redis: redis.source,
    build,
    health,
    processes: { web, workers, exec, postgres: embedded?.process, redis: redis.process },
    unexpectedExit,
  }
}
