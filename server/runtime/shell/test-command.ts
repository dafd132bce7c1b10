// `test` and `[`: string, integer and file checks, with ! negation. Exit status 0 = true,
// 1 = false, 2 = the expression itself is wrong (as busybox reports it).
import { resolvePath, ShellError, type TShellContext } from './shell-context'

const INTEGER_OPERATORS: Record<string, (a: number, b: number) => boolean> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
}

function integer(value: string, command: string): number {
  if (!/^\s*-?\d+\s*$/.test(value)) throw new ShellError(`${command}: ${value}: bad number`)
  return Number(value)
}

function unary(operator: string, operand: string, context: TShellContext): boolean | null {
  const path = resolvePath(context, operand)
  switch (operator) {
    case '-z':
      return operand.length === 0
    case '-n':
      return operand.length > 0
    case '-e':
      return context.files.has(path) || context.directories.has(path)
    case '-f':
      return context.files.has(path)
    case '-d':
      return context.directories.has(path)
    case '-s':
      return (context.files.get(path) ?? '').length > 0
    default:
      return null
  }
}

function evaluate(args: string[], context: TShellContext, command: string): boolean {
  if (args[0] === '!' && args.length > 1) return !evaluate(args.slice(1), context, command)
  const [a, b, c] = args
  switch (args.length) {
    case 0:
      return false
    case 1:
      return a.length > 0
    case 2: {
      const result = unary(a, b, context)
      if (result === null) throw new ShellError(`${command}: ${a}: unknown operand`)
      return result
    }
    case 3: {
      if (b === '=' || b === '==') return a === c
      if (b === '!=') return a !== c
      const compare = INTEGER_OPERATORS[b]
      if (compare) return compare(integer(a, command), integer(c, command))
      if (b === '-a') return a.length > 0 && c.length > 0
      if (b === '-o') return a.length > 0 || c.length > 0
      throw new ShellError(`${command}: ${b}: unknown operand`)
    }
    default: {
      const and = args.indexOf('-a')
      if (and > 0) return evaluate(args.slice(0, and), context, command) && evaluate(args.slice(and + 1), context, command)
      const or = args.indexOf('-o')
      if (or > 0) return evaluate(args.slice(0, or), context, command) || evaluate(args.slice(or + 1), context, command)
      throw new ShellError(`${command}: syntax error`)
    }
  }
}

/** The exit status of `test ARGS` or `[ ARGS ]`. */
export function testCommand(argv: string[], context: TShellContext): number {
  const command = argv[0]
  let args = argv.slice(1)
  if (command === '[') {
    if (args.at(-1) !== ']') throw new ShellError('[: missing ]')
    args = args.slice(0, -1)
  }
  return evaluate(args, context, command) ? 0 : 1
}
