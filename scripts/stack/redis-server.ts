// Redis for `npm start` when REDIS_URL is not set: the one on 127.0.0.1:6379 if it answers,
// otherwise a private redis-server in a temporary folder that keeps nothing on disk.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnManaged, type ManagedProcess } from './processes'
import { freePort, redisAnswers, waitFor } from './network'

export class MissingRedisError extends Error {
  constructor() {
    super(
      [
        'Cerulean needs Redis: none answers on 127.0.0.1:6379 and redis-server is not installed.',
        '  Install it (Debian/Ubuntu: sudo apt-get install redis-server, macOS: brew install redis)',
        '  or point Cerulean at one: REDIS_URL=redis://host:6379 npm start',
      ].join('\n'),
    )
  }
}

// redis-server prints these at warning level on every start and stop.
const ROUTINE_LOG_LINES =
  /oO0OoO0OoO0Oo|Redis version=|Configuration loaded|Server initialized|Memory overcommit|signal-handler|User requested shutdown|ready to exit|Ready to accept/

export type ResolvedRedis = { url: string; source: 'REDIS_URL' | 'local' | 'spawned'; process?: ManagedProcess; dir?: string }

export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, command)
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      if (fs.statSync(candidate).isFile()) return candidate
    } catch {
      // Not in this folder.
    }
  }
  return undefined
}

export async function resolveRedis({ spawnOwn = false }: { spawnOwn?: boolean } = {}): Promise<ResolvedRedis> {
  if (process.env.REDIS_URL && !spawnOwn) return { url: process.env.REDIS_URL, source: 'REDIS_URL' }
  if (!spawnOwn && (await redisAnswers('127.0.0.1', 6379))) return { url: 'redis://127.0.0.1:6379', source: 'local' }
  const binary = findOnPath('redis-server')
  if (!binary) throw new MissingRedisError()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-redis-'))
  const port = await freePort()
  const managed = spawnManaged({
    name: 'redis',
    command: binary,
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'],
    cwd: dir,
    filterLine: (line) => !ROUTINE_LOG_LINES.test(line),
  })
  void managed.exited.then(() => fs.rmSync(dir, { recursive: true, force: true }))
  try {
    await waitFor({
      what: 'waiting for redis-server',
      timeoutMs: 15_000,
      intervalMs: 50,
      check: async () => ((await redisAnswers('127.0.0.1', port)) ? true : undefined),
      abort: () => (managed.hasExited() ? 'redis-server exited' : undefined),
    })
  } catch (error) {
    await managed.stop()
    throw error
  }
  return { url: `redis://127.0.0.1:${port}`, source: 'spawned', process: managed, dir }
}
