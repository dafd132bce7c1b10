// What a running shell holds (variables, working directory, the container's simulated files,
// its clock) and what it asks of the world. The interpreter never blocks: it is a generator
// that yields effects (print this, sleep that long) and the caller decides how time passes.
// `sleep` with ms = Infinity means the process idles for good (a server, `sleep infinity`).
export type TShellEffect = { type: 'output'; text: string; stream: 'stdout' | 'stderr' } | { type: 'sleep'; ms: number }

export type TShellRun = Generator<TShellEffect, number, void>

export type TShellContext = {
  variables: Map<string, string>
  exported: Set<string>
  // $0, $1, ...
  positional: string[]
  status: number
  cwd: string
  files: Map<string, string>
  directories: Set<string>
  hostname: string
  // Simulated time: `date` reads startedAtMs + elapsedMs unless the shell runs in real time
  // (an exec session, where the caller really waits).
  clock: { startedAtMs: number; elapsedMs: number; realTime: boolean }
  interactive: boolean
  // Commands run since the last sleep: a loop that never sleeps is a process spinning forever.
  stepsSinceSleep: number
  // Executables that start this image's shell, e.g. ['/bin/sh', 'sh'].
  shells: string[]
}

/** Commands a shell may run in a row without sleeping before it counts as spinning forever. */
export const MAX_STEPS_WITHOUT_SLEEP = 100_000

export class ExitSignal {
  constructor(readonly code: number) {}
}

export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

export class ShellError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message)
  }
}

export function now(context: TShellContext): Date {
  return context.clock.realTime ? new Date() : new Date(context.clock.startedAtMs + context.clock.elapsedMs)
}

export function createShellContext({
  environment,
  hostname,
  files = {},
  shells = ['/bin/sh', 'sh'],
  startedAt = new Date(),
  realTime = false,
  interactive = false,
  positional = ['sh'],
}: {
  environment: Record<string, string>
  hostname: string
  files?: Record<string, string>
  shells?: string[]
  startedAt?: Date
  realTime?: boolean
  interactive?: boolean
  positional?: string[]
}): TShellContext {
  const variables = new Map<string, string>([
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['HOSTNAME', hostname],
    ['HOME', '/root'],
    ['PWD', '/'],
    ...Object.entries(environment),
  ])
  const directories = new Set(['/'])
  for (const path of Object.keys(files)) {
    const segments = path.split('/').filter(Boolean)
    for (let i = 1; i < segments.length; i++) directories.add('/' + segments.slice(0, i).join('/'))
  }
  for (const directory of ['/bin', '/dev', '/etc', '/home', '/proc', '/root', '/tmp', '/usr', '/var']) directories.add(directory)
  return {
    variables,
    exported: new Set(variables.keys()),
    positional,
    status: 0,
    cwd: '/',
    files: new Map(Object.entries(files)),
    directories,
    hostname,
    clock: { startedAtMs: startedAt.getTime(), elapsedMs: 0, realTime },
    interactive,
    stepsSinceSleep: 0,
    shells,
  }
}

/** "/a/b" + "../c" -> "/a/c" */
export function resolvePath(context: TShellContext, path: string): string {
  const segments = (path.startsWith('/') ? path : `${context.cwd}/${path}`).split('/')
  const resolved: string[] = []
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') resolved.pop()
    else resolved.push(segment)
  }
  return '/' + resolved.join('/')
}
