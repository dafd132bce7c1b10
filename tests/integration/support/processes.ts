// Control-plane processes for fault tests: the real entry points, started with node and tsx's
// loader rather than the tsx (or npx) launcher, which would run them as a child of its own that
// SIGKILL (which cannot be relayed) would never reach.
import { spawn, type ChildProcess } from 'node:child_process'

export type TEntry = 'controller' | 'agent'

const ENTRIES: Record<TEntry, { script: string; ready: string; env: Record<string, string> }> = {
  controller: { script: 'workers/main.ts', ready: 'workers: ready', env: { CERULEAN_WORKER_ROLES: 'controller' } },
  agent: { script: 'workers/node-agent.ts', ready: 'node-agent: ready', env: {} },
}

export type TManagedChild = { kind: TEntry; child: ChildProcess; output: () => string }

export function spawnEntry(kind: TEntry, env: Record<string, string>): Promise<TManagedChild> {
  const { NODE_OPTIONS: _ignored, ...inherited } = process.env
  const entry = ENTRIES[kind]
  const child = spawn(process.execPath, ['--import', 'tsx', entry.script], {
    env: { ...inherited, ...entry.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk
      if (output.includes(entry.ready)) resolve({ kind, child, output: () => output })
    })
    child.stderr!.on('data', (chunk) => (output += chunk))
    child.on('exit', (code, signal) => reject(new Error(`${kind} exited early (${code ?? signal}): ${output}`)))
  })
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode })
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
}

export async function killHard(managed: TManagedChild) {
  managed.child.kill('SIGKILL')
  await exitOf(managed.child)
}

export async function stopAll(children: TManagedChild[]) {
  await Promise.all(
    children.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exitOf(child)
      clearTimeout(timer)
    }),
  )
}
