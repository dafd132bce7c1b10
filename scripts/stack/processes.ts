// Child processes of the stack. Each long-lived child gets its own process group so that
// a Ctrl-C in the terminal reaches only the orchestrator, which then stops the children
// in order (portal and workers before Redis and Postgres) and kills whatever they spawned.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null }

export type ManagedProcess = {
  name: string
  pid: number
  child: ChildProcess
  exited: Promise<ExitStatus>
  hasExited: () => boolean
  stop: (options?: { signal?: NodeJS.Signals; timeoutMs?: number }) => Promise<ExitStatus>
}

export type SpawnManagedOptions = {
  name: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  cwd?: string
  uid?: number
  gid?: number
  /** Called with every output line instead of printing it with the name as prefix. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Lines are printed only when this returns true (default: all). */
  filterLine?: (line: string) => boolean
  /**
   * 'group' (default) signals the whole process group; 'leader' only the child itself,
   * for servers such as Postgres whose own processes must not be signalled directly.
   */
  stopTarget?: 'group' | 'leader'
}

const COLOURS = [36, 35, 33, 32, 34, 31]
const colourByName = new Map<string, number>()

export function prefixFor(name: string): string {
  const label = `[${name}]`.padEnd(11)
  if (!process.stdout.isTTY || process.env.NO_COLOR) return label
  if (!colourByName.has(name)) colourByName.set(name, COLOURS[colourByName.size % COLOURS.length])
  return `\x1b[${colourByName.get(name)}m${label}\x1b[0m`
}

function pipeLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void) {
  if (!stream) return
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine)
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

const running = new Set<ManagedProcess>()

// With a record file, the children of this process are listed on disk, so that whoever
// started it (scripts/start.mjs) can stop them if this process dies without cleaning up.
let recordFile: string | undefined
const records = new Map<number, { pid: number; startTime: string; target: 'group' | 'leader'; signal: NodeJS.Signals }>()

export function recordChildrenIn(file: string) {
  recordFile = file
  writeRecords()
}

function writeRecords() {
  if (!recordFile) return
  if (records.size === 0) fs.rmSync(recordFile, { force: true })
  else {
    fs.mkdirSync(path.dirname(recordFile), { recursive: true })
    fs.writeFileSync(recordFile, JSON.stringify([...records.values()], null, 2) + '\n')
  }
}

function processStartTime(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? ''
  } catch {
    return ''
  }
}

// Last resort when the orchestrator dies of an uncaught error: no child may outlive it.
process.on('exit', () => {
  for (const managed of running) signalGroup(managed.pid, 'SIGKILL')
})

export function spawnManaged(options: SpawnManagedOptions): ManagedProcess {
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    uid: options.uid,
    gid: options.gid,
  }
  const child = spawn(options.command, options.args, spawnOptions)
  if (child.pid === undefined) throw new Error(`Could not start ${options.command}`)
  const pid = child.pid

  const print = (line: string, stream: 'stdout' | 'stderr') => {
    if (options.onLine) return options.onLine(line, stream)
    if (options.filterLine && !options.filterLine(line)) return
    ;(stream === 'stdout' ? process.stdout : process.stderr).write(`${prefixFor(options.name)} ${line}\n`)
  }
  pipeLines(child.stdout, (line) => print(line, 'stdout'))
  pipeLines(child.stderr, (line) => print(line, 'stderr'))

  let done = false
  const exited = new Promise<ExitStatus>((resolve) => {
    child.on('error', (error) => {
      print(`failed to start: ${error.message}`, 'stderr')
      done = true
      resolve({ code: 127, signal: null })
    })
    child.on('exit', (code, signal) => {
      done = true
      // Anything the child left behind in its group goes with it.
      if (groupAlive(pid)) signalGroup(pid, 'SIGKILL')
      resolve({ code, signal })
    })
  })

  const managed: ManagedProcess = {
    name: options.name,
    pid,
    child,
    exited,
    hasExited: () => done,
    async stop({ signal = 'SIGTERM', timeoutMs = 10_000 } = {}) {
      if (!done) {
        if (options.stopTarget === 'leader') child.kill(signal)
        else signalGroup(pid, signal)
        const timer = setTimeout(() => {
          print(`did not stop within ${timeoutMs / 1000}s, killing it`, 'stderr')
          signalGroup(pid, 'SIGKILL')
        }, timeoutMs)
        await exited
        clearTimeout(timer)
      }
      return exited
    },
  }
  running.add(managed)
  const stopSignal = options.name === 'postgres' ? 'SIGINT' : 'SIGTERM'
  records.set(pid, { pid, startTime: processStartTime(pid), target: options.stopTarget ?? 'group', signal: stopSignal })
  writeRecords()
  void exited.then(() => {
    running.delete(managed)
    records.delete(pid)
    writeRecords()
  })
  return managed
}

/** Runs a command to completion with prefixed output; rejects when it fails. */
export async function runToCompletion(options: SpawnManagedOptions): Promise<void> {
  const managed = spawnManaged(options)
  const status = await managed.exited
  if (status.code !== 0) {
    throw new Error(`${options.name} failed (${status.signal ? `signal ${status.signal}` : `exit code ${status.code}`})`)
  }
}

/** Every managed process still running, newest first. */
export function runningProcesses(): ManagedProcess[] {
  return [...running].reverse()
}

const INFRASTRUCTURE = new Set(['postgres', 'redis'])

/**
 * Stops every running child: first the portal, the workers and any build or migration,
 * then Redis and Postgres, so that nothing loses its database mid-shutdown.
 */
export async function stopAll(): Promise<void> {
  const all = runningProcesses()
  const stopInfrastructure = (managed: ManagedProcess) =>
    managed.stop(managed.name === 'postgres' ? { signal: 'SIGINT', timeoutMs: 30_000 } : {})
  await Promise.all(all.filter((managed) => !INFRASTRUCTURE.has(managed.name)).map((managed) => managed.stop()))
  await Promise.all(all.filter((managed) => INFRASTRUCTURE.has(managed.name)).map(stopInfrastructure))
}
