// Every command the simulated shell knows, by name. Paths such as /bin/echo resolve to the
// same command, as they would through busybox's links; anything else is "not found" (127).
import { testCommand } from './test-command'
import { sleepFor } from './steps'
import { cat, date, echo, fail, grep, headOrTail, print, printf, seq, wc, type TIo } from './text-commands'
import { ExitSignal, LoopSignal, resolvePath, type TShellContext, type TShellRun } from './shell-context'

export type TBuiltin = (argv: string[], context: TShellContext, io: TIo) => TShellRun

const BIN_DIRECTORIES = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']

function* status(code: number): TShellRun {
  return code
}

function parseDuration(text: string): number | null {
  if (text === 'inf' || text === 'infinity') return Infinity
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text)
  if (!match) return null
  const unit = { '': 1_000, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]] ?? 1_000
  return Number(match[1]) * unit
}

function* sleep(argv: string[], context: TShellContext): TShellRun {
  if (argv.length < 2) return yield* fail('sleep: missing operand')
  let total = 0
  for (const arg of argv.slice(1)) {
    const ms = parseDuration(arg)
    if (ms === null) return yield* fail(`sleep: invalid number '${arg}'`)
    total += ms
  }
  yield* sleepFor(context, total)
  return 0
}

function* exit(argv: string[], context: TShellContext): TShellRun {
  const code = argv[1] === undefined ? context.status : Number.parseInt(argv[1], 10)
  if (!Number.isFinite(code)) {
    yield* fail(`sh: exit: Illegal number: ${argv[1]}`)
    throw new ExitSignal(2)
  }
  throw new ExitSignal(((code % 256) + 256) % 256)
}

function* loopControl(argv: string[]): TShellRun {
  const levels = argv[1] === undefined ? 1 : Number.parseInt(argv[1], 10)
  if (!Number.isFinite(levels) || levels < 1) return yield* fail(`sh: ${argv[0]}: Illegal number: ${argv[1]}`, 2)
  throw new LoopSignal(argv[0] as 'break' | 'continue', levels)
}

function environmentLines(context: TShellContext): string {
  return [...context.variables].filter(([name]) => context.exported.has(name)).map(([name, value]) => `${name}=${value}\n`).join('')
}

function* printenv(argv: string[], context: TShellContext): TShellRun {
  if (argv.length === 1) return yield* print(environmentLines(context))
  let code = 0
  for (const name of argv.slice(1)) {
    const value = context.exported.has(name) ? context.variables.get(name) : undefined
    if (value === undefined) code = 1
    else yield* print(`${value}\n`)
  }
  return code
}

function* exportVariables(argv: string[], context: TShellContext): TShellRun {
  for (const arg of argv.slice(1).filter((a) => a !== '-p')) {
    const [name, ...value] = arg.split('=')
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return yield* fail(`sh: export: bad variable name`, 2)
    if (value.length) context.variables.set(name, value.join('='))
    context.exported.add(name)
  }
  if (argv.length === 1 || argv[1] === '-p') yield* print(environmentLines(context).replace(/^/gm, 'export ').replace(/export $/, ''))
  return 0
}

function* unset(argv: string[], context: TShellContext): TShellRun {
  for (const name of argv.slice(1)) {
    context.variables.delete(name)
    context.exported.delete(name)
  }
  return 0
}

function* cd(argv: string[], context: TShellContext): TShellRun {
  const target = resolvePath(context, argv[1] ?? context.variables.get('HOME') ?? '/')
  if (!context.directories.has(target)) return yield* fail(`sh: cd: can't cd to ${argv[1]}: No such file or directory`, 2)
  context.cwd = target
  context.variables.set('PWD', target)
  return 0
}

function* ls(argv: string[], context: TShellContext): TShellRun {
  const showHidden = argv.some((a) => /^-\w*a/.test(a))
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'))
  let code = 0
  for (const path of paths.length ? paths : ['.']) {
    const target = resolvePath(context, path)
    if (context.files.has(target)) {
      yield* print(`${path}\n`)
      continue
    }
    if (!context.directories.has(target)) {
      code = yield* fail(`ls: ${path}: No such file or directory`)
      continue
    }
    const prefix = target === '/' ? '/' : `${target}/`
    const children = new Set<string>()
    for (const entry of [...context.files.keys(), ...context.directories]) {
      if (entry.startsWith(prefix) && entry !== target) children.add(entry.slice(prefix.length).split('/')[0])
    }
    const names = [...children].filter((n) => showHidden || !n.startsWith('.')).sort()
    if (paths.length > 1) yield* print(`${path}:\n`)
    yield* print(names.map((n) => `${n}\n`).join(''))
  }
  return code
}

function* uname(argv: string[], context: TShellContext): TShellRun {
  const fields = { s: 'Linux', n: context.hostname, r: '5.15.0-1079-azure', v: '#88-Ubuntu SMP Tue Nov 26 2024', m: 'x86_64', o: 'Linux' }
  const flags = argv.slice(1).join('').replace(/-/g, '')
  const chosen = flags.includes('a') ? (['s', 'n', 'r', 'v', 'm', 'o'] as const) : (['s', 'n', 'r', 'v', 'm', 'o'] as const).filter((f) => flags.includes(f))
  return yield* print(`${(chosen.length ? chosen : (['s'] as const)).map((f) => fields[f]).join(' ')}\n`)
}

function* test(argv: string[], context: TShellContext): TShellRun {
  return testCommand(argv, context)
}

export const BUILTINS: Record<string, TBuiltin> = {
  echo,
  printf,
  sleep,
  exit,
  seq,
  date,
  cat,
  head: headOrTail,
  tail: headOrTail,
  wc,
  grep,
  printenv,
  env: (argv, context) => printenv([argv[0]], context),
  export: exportVariables,
  unset,
  cd,
  ls,
  uname,
  test,
  '[': test,
  true: () => status(0),
  false: () => status(1),
  ':': () => status(0),
  break: loopControl,
  continue: loopControl,
  pwd: (_argv, context) => print(`${context.cwd}\n`),
  hostname: (_argv, context) => print(`${context.hostname}\n`),
  whoami: () => print('root\n'),
  id: () => print('uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n'),
}

/** The command a name runs: `echo` and `/bin/echo` alike; null when not found. */
export function findBuiltin(name: string): TBuiltin | null {
  const slash = name.lastIndexOf('/')
  if (slash >= 0 && !BIN_DIRECTORIES.includes(name.slice(0, slash))) return null
  return Object.hasOwn(BUILTINS, name.slice(slash + 1)) ? BUILTINS[name.slice(slash + 1)] : null
}
