// `next build` only when the sources changed since the last build: a hash of everything the
// build reads is kept in .next, so a second `npm start` (or the e2e suite after it) starts
// at once. A lock folder keeps two builds from writing the same .next at the same time.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { runToCompletion } from './processes'
import { sleep } from './network'

const SOURCE_DIRS = ['app', 'components', 'server', 'lib', 'hooks', 'styles', 'public']
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'next.config.js',
  'next.config.mjs',
  'next.config.ts',
  'postcss.config.mjs',
  'postcss.config.js',
  'tailwind.config.ts',
  'tailwind.config.js',
  'middleware.ts',
  'proxy.ts',
  'instrumentation.ts',
  'prisma/schema.prisma',
]
const SKIPPED_DIRS = new Set(['node_modules', 'generated', '__tests__'])
const STAMP_FILE = 'cerulean-build-stamp.json'

function isTestFile(name: string): boolean {
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(name)
}

function listFiles(root: string, dir: string, out: string[]) {
  const absolute = path.join(root, dir)
  if (!fs.existsSync(absolute)) return
  for (const entry of fs.readdirSync(absolute, { withFileTypes: true })) {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) listFiles(root, relative, out)
    } else if (entry.isFile() && !isTestFile(entry.name)) {
      out.push(relative)
    }
  }
}

/** A hash of the sources, configuration, lockfile and NEXT_PUBLIC_ variables a build depends on. */
export function computeBuildStamp(root: string): string {
  const files: string[] = []
  for (const dir of SOURCE_DIRS) listFiles(root, dir, files)
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file))) files.push(file)
  files.sort()
  const hash = crypto.createHash('sha256')
  for (const file of files) {
    hash.update(file.split(path.sep).join('/')).update('\0')
    hash.update(fs.readFileSync(path.join(root, file))).update('\0')
  }
  const publicEnv = Object.keys(process.env).filter((key) => key.startsWith('NEXT_PUBLIC_')).sort()
  for (const key of publicEnv) hash.update(`${key}=${process.env[key]}\0`)
  hash.update(`node ${process.versions.node}`)
  return hash.digest('hex')
}

function stampPath(root: string): string {
  return path.join(root, '.next', STAMP_FILE)
}

export function buildIsCurrent(root: string, stamp = computeBuildStamp(root)): boolean {
  try {
    if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false
    return (JSON.parse(fs.readFileSync(stampPath(root), 'utf8')) as { stamp?: string }).stamp === stamp
  } catch {
    return false
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function withBuildLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const lockDir = path.join(root, '.data', 'build.lock')
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  let announced = false
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim() || 0)
      if (owner && !pidAlive(owner)) {
        fs.rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (!announced) console.log(`Waiting for another build (pid ${owner || '?'}) to finish.`)
      announced = true
      await sleep(500)
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

export type BuildOutcome = { built: boolean; stamp: string; seconds: number }

/** Runs `next build` unless .next already holds a build of exactly these sources. */
export async function ensureBuild({ root, env, quiet = false, onLine }: {
  root: string
  env: NodeJS.ProcessEnv
  quiet?: boolean
  onLine?: (line: string) => void
}): Promise<BuildOutcome> {
  const started = Date.now()
  const stamp = computeBuildStamp(root)
  if (buildIsCurrent(root, stamp)) return { built: false, stamp, seconds: 0 }
  return withBuildLock(root, async () => {
    // Another process may have built the same sources while this one waited.
    if (buildIsCurrent(root, stamp)) return { built: false, stamp, seconds: 0 }
    fs.rmSync(stampPath(root), { force: true })
    await runToCompletion({
      name: 'build',
      command: process.execPath,
      args: [nextBin(root), 'build'],
      cwd: root,
      env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      filterLine: quiet ? () => false : undefined,
      onLine,
    })
    fs.writeFileSync(stampPath(root), JSON.stringify({ stamp, builtAt: new Date().toISOString() }, null, 2) + '\n')
    return { built: true, stamp, seconds: (Date.now() - started) / 1000 }
  })
}

export function nextBin(root: string): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
}
