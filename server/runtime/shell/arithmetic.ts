// $(( ... )): integer arithmetic with C precedence, variables by name (unset = 0).
import { ShellError } from './shell-context'

type TToken = { type: 'number'; value: number } | { type: 'name'; value: string } | { type: 'operator'; value: string }

const OPERATORS = ['||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '(', ')', '!']

const BINARY_PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
}

function tokenizeExpression(expression: string): TToken[] {
  const tokens: TToken[] = []
  let index = 0
  while (index < expression.length) {
    const rest = expression.slice(index)
    const space = /^\s+/.exec(rest)
    if (space) {
      index += space[0].length
      continue
    }
    const number = /^\d+/.exec(rest)
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0]) })
      index += number[0].length
      continue
    }
    const name = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(rest)
    if (name) {
      tokens.push({ type: 'name', value: name[1] })
      index += name[0].length
      continue
    }
    const operator = OPERATORS.find((op) => rest.startsWith(op))
    if (!operator) throw new ShellError(`arithmetic syntax error`)
    tokens.push({ type: 'operator', value: operator })
    index += operator.length
  }
  return tokens
}

function apply(operator: string, left: number, right: number): number {
  switch (operator) {
    case '||':
      return left || right ? 1 : 0
    case '&&':
      return left && right ? 1 : 0
    case '==':
      return Number(left === right)
    case '!=':
      return Number(left !== right)
    case '<':
      return Number(left < right)
    case '>':
      return Number(left > right)
    case '<=':
      return Number(left <= right)
    case '>=':
      return Number(left >= right)
    case '+':
      return left + right
    case '-':
      return left - right
    case '*':
      return left * right
    default:
      if (right === 0) throw new ShellError('arithmetic: division by zero')
      return operator === '/' ? Math.trunc(left / right) : left % right
  }
}

export function evaluateArithmetic(expression: string, lookup: (name: string) => string): number {
  const tokens = tokenizeExpression(expression)
  let position = 0

  const primary = (): number => {
    const token = tokens[position++]
    if (!token) throw new ShellError('arithmetic syntax error')
    if (token.type === 'number') return token.value
    if (token.type === 'name') {
      const value = lookup(token.value).trim()
      if (value === '') return 0
      if (!/^-?\d+$/.test(value)) throw new ShellError(`arithmetic syntax error`)
      return Number(value)
    }
    if (token.value === '(') {
      const value = binary(0)
      if (tokens[position++]?.value !== ')') throw new ShellError('arithmetic syntax error')
      return value
    }
    if (token.value === '-') return -primary()
    if (token.value === '+') return primary()
    if (token.value === '!') return primary() ? 0 : 1
    throw new ShellError('arithmetic syntax error')
  }

  const binary = (minimum: number): number => {
    let left = primary()
    for (;;) {
      const token = tokens[position]
      const precedence = token?.type === 'operator' ? BINARY_PRECEDENCE[token.value] : undefined
      if (precedence === undefined || precedence < minimum) return left
      position++
      const right = binary(precedence + 1)
      left = apply(token.value as string, left, right)
    }
  }

  if (tokens.length === 0) return 0
  const result = binary(1)
  if (position < tokens.length) throw new ShellError('arithmetic syntax error')
  return result
}
