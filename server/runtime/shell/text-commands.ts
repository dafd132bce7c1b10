// The busybox applets that print or filter text: echo, printf, seq, date, cat, head, tail, wc,
// grep. Each is a generator like the rest of the shell, so a long `seq` counts towards the
// busy-loop limit instead of building one huge string.
import { countStep } from './steps'
import { now, resolvePath, type TShellContext, type TShellRun } from './shell-context'

export type TIo = { stdin: string }

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function* print(text: string, stream: 'stdout' | 'stderr' = 'stdout'): TShellRun {
  if (text) yield { type: 'output', text, stream }
  return 0
}

export function* fail(message: string, status = 1): TShellRun {
  yield { type: 'output', text: `${message}\n`, stream: 'stderr' }
  return status
}

function unescape(text: string): { text: string; stop: boolean } {
  let stop = false
  const result = text.replace(/\\(.)/g, (match, char: string) => {
    if (stop) return ''
    const map: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', r: '\r', a: '\x07', e: '\x1b' }
    if (char === 'c') {
      stop = true
      return ''
    }
    return map[char] ?? match
  })
  return { text: result, stop }
}

export function* echo(argv: string[]): TShellRun {
  let args = argv.slice(1)
  let newline = true
  let escapes = false
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes('n')) newline = false
    if (args[0].includes('e')) escapes = true
    args = args.slice(1)
  }
  let text = args.join(' ')
  if (escapes) {
    const unescaped = unescape(text)
    text = unescaped.text
    if (unescaped.stop) newline = false
  }
  return yield* print(newline ? `${text}\n` : text)
}

export function* printf(argv: string[]): TShellRun {
  const [format = '', ...values] = argv.slice(1)
  if (argv.length < 2) return yield* fail('printf: usage: printf FORMAT [ARGUMENT]...')
  let output = ''
  let index = 0
  do {
    output += unescape(format).text.replace(/%([-0-9]*)([sdiu%])/g, (_match, width: string, conversion: string) => {
      if (conversion === '%') return '%'
      const value = values[index++] ?? ''
      const formatted = conversion === 's' ? value : String(Number.parseInt(value || '0', 10) || 0)
      const size = Number.parseInt(width || '0', 10)
      return width.startsWith('-') ? formatted.padEnd(-size) : formatted.padStart(size)
    })
  } while (index < values.length && format.includes('%'))
  return yield* print(output)
}

export function* seq(argv: string[], context: TShellContext): TShellRun {
  const numbers = argv.slice(1).map(Number)
  if (numbers.length === 0 || numbers.length > 3 || numbers.some((n) => !Number.isFinite(n))) return yield* fail(`seq: invalid argument`)
  const [first, step, last] = numbers.length === 1 ? [1, 1, numbers[0]] : numbers.length === 2 ? [numbers[0], 1, numbers[1]] : numbers
  if (step === 0) return yield* fail('seq: invalid increment 0')
  for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
    yield* countStep(context)
    yield { type: 'output', text: `${n}\n`, stream: 'stdout' }
  }
  return 0
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

export function formatDate(at: Date, format?: string): string {
  const fields: Record<string, string> = {
    a: DAYS[at.getUTCDay()],
    b: MONTHS[at.getUTCMonth()],
    d: pad(at.getUTCDate()),
    e: String(at.getUTCDate()).padStart(2, ' '),
    H: pad(at.getUTCHours()),
    M: pad(at.getUTCMinutes()),
    S: pad(at.getUTCSeconds()),
    Y: String(at.getUTCFullYear()),
    m: pad(at.getUTCMonth() + 1),
    s: String(Math.floor(at.getTime() / 1000)),
    N: pad((at.getTime() % 1000) * 1_000_000, 9),
    Z: 'UTC',
    z: '+0000',
    '%': '%',
  }
  fields.T = `${fields.H}:${fields.M}:${fields.S}`
  fields.F = `${fields.Y}-${fields.m}-${fields.d}`
  fields.D = `${fields.m}/${fields.d}/${String(at.getUTCFullYear()).slice(2)}`
  const pattern = format ?? '%a %b %e %T %Z %Y'
  return pattern.replace(/%(.)/g, (match, key: string) => fields[key] ?? match)
}

export function* date(argv: string[], context: TShellContext): TShellRun {
  const format = argv.slice(1).find((arg) => arg.startsWith('+'))
  if (argv.includes('-I')) return yield* print(`${formatDate(now(context), '%F')}\n`)
  return yield* print(`${formatDate(now(context), format?.slice(1))}\n`)
}

/** Text from the named files, or stdin without names; missing files are reported on stderr. */
function* readInputs(command: string, names: string[], context: TShellContext, io: TIo): Generator<import('./shell-context').TShellEffect, { text: string; status: number }, void> {
  if (names.length === 0 || (names.length === 1 && names[0] === '-')) return { text: io.stdin, status: 0 }
  let text = ''
  let status = 0
  for (const name of names) {
    const path = resolvePath(context, name)
    const content = name === '-' ? io.stdin : context.files.get(path)
    if (content !== undefined) text += content
    else if (context.directories.has(path)) status = yield* fail(`${command}: read error: Is a directory`)
    else status = yield* fail(`${command}: can't open '${name}': No such file or directory`)
  }
  return { text, status }
}

function splitLines(text: string): string[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

export function* cat(argv: string[], context: TShellContext, io: TIo): TShellRun {
  const { text, status } = yield* readInputs('cat', argv.slice(1).filter((a) => !/^-\w+$/.test(a)), context, io)
  yield* print(text)
  return status
}

function lineCount(args: string[]): { count: number; rest: string[] } {
  const index = args.findIndex((a) => a === '-n' || /^-n?\d+$/.test(a))
  if (index < 0) return { count: 10, rest: args }
  const inline = /^-n?(\d+)$/.exec(args[index])
  const count = inline ? Number(inline[1]) : Number(args[index + 1])
  const rest = args.filter((_, i) => i !== index && (inline || i !== index + 1))
  return { count: Number.isFinite(count) ? count : 10, rest }
}

export function* headOrTail(argv: string[], context: TShellContext, io: TIo): TShellRun {
  const command = argv[0]
  // `tail -f` never ends: the common "keep the container alive" idiom.
  if (command === 'tail' && argv.some((a) => /^-\w*[fF]/.test(a))) {
    yield { type: 'sleep', ms: Infinity }
    return 0
  }
  const { count, rest } = lineCount(argv.slice(1))
  const { text, status } = yield* readInputs(command, rest, context, io)
  const lines = splitLines(text)
  const selected = command === 'head' ? lines.slice(0, count) : lines.slice(Math.max(0, lines.length - count))
  yield* print(selected.map((l) => `${l}\n`).join(''))
  return status
}

export function* wc(argv: string[], context: TShellContext, io: TIo): TShellRun {
  const flags = argv.slice(1).filter((a) => a.startsWith('-')).join('')
  const { text, status } = yield* readInputs('wc', argv.slice(1).filter((a) => !a.startsWith('-')), context, io)
  const counts = { l: splitLines(text).length, w: text.split(/\s+/).filter(Boolean).length, c: Buffer.byteLength(text) }
  const chosen = (['l', 'w', 'c'] as const).filter((key) => flags.includes(key))
  const shown = (chosen.length ? chosen : (['l', 'w', 'c'] as const)).map((key) => String(counts[key]).padStart(chosen.length === 1 ? 0 : 7))
  yield* print(`${shown.join(' ')}\n`)
  return status
}

export function* grep(argv: string[], context: TShellContext, io: TIo): TShellRun {
  const flags = argv.slice(1).filter((a) => /^-[vic]+$/.test(a)).join('')
  const [pattern, ...names] = argv.slice(1).filter((a) => !/^-[vic]+$/.test(a))
  if (pattern === undefined) return yield* fail('Usage: grep [-vic] PATTERN [FILE]...', 2)
  let matcher: RegExp
  try {
    matcher = new RegExp(pattern, flags.includes('i') ? 'i' : '')
  } catch {
    return yield* fail(`grep: bad regex '${pattern}'`, 2)
  }
  const { text, status } = yield* readInputs('grep', names, context, io)
  const matches = splitLines(text).filter((line) => matcher.test(line) !== flags.includes('v'))
  yield* print(flags.includes('c') ? `${matches.length}\n` : matches.map((l) => `${l}\n`).join(''))
  if (status) return 2
  return matches.length ? 0 : 1
}
