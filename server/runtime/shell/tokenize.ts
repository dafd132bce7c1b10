// Splits a POSIX-shell script into words and operators. Quotes, backslashes and the `$` forms
// ($VAR, ${VAR:-x}, $(cmd), `cmd`, $((1+2))) are resolved here into word parts; expansion
// itself happens when the word is evaluated, so `for` and `while` re-expand on every pass.
import { ShellSyntaxError, type TToken, type TWordPart } from './tokens'

const SPECIAL_VARIABLES = new Set(['?', '$', '#', '@', '*', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/

type TCursor = { source: string; index: number }

// Reads up to the `)` that closes an already opened `(`, skipping quoted text.
function readBalanced(cursor: TCursor, open: string, close: string): string {
  const start = cursor.index
  let depth = 1
  while (cursor.index < cursor.source.length) {
    const char = cursor.source[cursor.index]
    if (char === '\\') {
      cursor.index += 2
      continue
    }
    if (char === "'" || char === '"') {
      const end = cursor.source.indexOf(char, cursor.index + 1)
      cursor.index = end < 0 ? cursor.source.length : end + 1
      continue
    }
    if (char === open) depth++
    if (char === close) {
      depth--
      if (depth === 0) {
        cursor.index++
        return cursor.source.slice(start, cursor.index - 1)
      }
    }
    cursor.index++
  }
  throw new ShellSyntaxError(`unterminated ${open === '(' ? '$(' : '${'}`)
}

function readDollar(cursor: TCursor, quoted: boolean): TWordPart {
  const { source } = cursor
  const next = source[cursor.index + 1]
  if (source.startsWith('$((', cursor.index)) {
    cursor.index += 3
    const inner = readBalanced(cursor, '(', ')')
    if (source[cursor.index] !== ')') throw new ShellSyntaxError('unterminated $((')
    cursor.index++
    return { kind: 'arithmetic', expression: inner, quoted }
  }
  if (next === '(') {
    cursor.index += 2
    return { kind: 'command', script: readBalanced(cursor, '(', ')'), quoted }
  }
  if (next === '{') {
    cursor.index += 2
    const inner = readBalanced(cursor, '{', '}')
    if (inner.startsWith('#') && inner.length > 1) return { kind: 'variable', name: inner.slice(1), quoted, operator: '#' }
    const match = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(:-|-|:=|=)?([\s\S]*)$/.exec(inner)
    if (!match || (!match[2] && match[3])) throw new ShellSyntaxError(`\${${inner}}: bad substitution`)
    const operator = match[2] as ':-' | '-' | ':=' | '=' | undefined
    return operator ? { kind: 'variable', name: match[1], quoted, operator, operand: match[3] } : { kind: 'variable', name: match[1], quoted }
  }
  if (next !== undefined && SPECIAL_VARIABLES.has(next)) {
    cursor.index += 2
    return { kind: 'variable', name: next, quoted }
  }
  if (next !== undefined && NAME_START.test(next)) {
    let end = cursor.index + 2
    while (end < source.length && NAME_CHAR.test(source[end])) end++
    const name = source.slice(cursor.index + 1, end)
    cursor.index = end
    return { kind: 'variable', name, quoted }
  }
  cursor.index++
  return { kind: 'literal', text: '$', quoted }
}

function readDoubleQuoted(cursor: TCursor, parts: TWordPart[]) {
  const { source } = cursor
  cursor.index++
  let text = ''
  const flush = () => {
    parts.push({ kind: 'literal', text, quoted: true })
    text = ''
  }
  while (cursor.index < source.length) {
    const char = source[cursor.index]
    if (char === '"') {
      cursor.index++
      flush()
      return
    }
    if (char === '\\' && '$`"\\\n'.includes(source[cursor.index + 1] ?? '')) {
      if (source[cursor.index + 1] !== '\n') text += source[cursor.index + 1]
      cursor.index += 2
    } else if (char === '$') {
      flush()
      parts.push(readDollar(cursor, true))
    } else if (char === '`') {
      flush()
      parts.push(readBackquote(cursor, true))
    } else {
      text += char
      cursor.index++
    }
  }
  throw new ShellSyntaxError('unterminated quoted string')
}

function readBackquote(cursor: TCursor, quoted: boolean): TWordPart {
  const end = cursor.source.indexOf('`', cursor.index + 1)
  if (end < 0) throw new ShellSyntaxError('unterminated `')
  const script = cursor.source.slice(cursor.index + 1, end)
  cursor.index = end + 1
  return { kind: 'command', script, quoted }
}

export function tokenize(source: string): TToken[] {
  const tokens: TToken[] = []
  const cursor: TCursor = { source, index: 0 }
  let parts: TWordPart[] = []
  let wordStart = -1

  const endWord = () => {
    if (wordStart < 0) return
    tokens.push({ type: 'word', word: { parts: mergeLiterals(parts), raw: source.slice(wordStart, cursor.index) } })
    parts = []
    wordStart = -1
  }
  const literal = (text: string, quoted = false) => parts.push({ kind: 'literal', text, quoted })

  while (cursor.index < source.length) {
    const char = source[cursor.index]
    const inWord = wordStart >= 0
    if (char === ' ' || char === '\t' || char === '\r') {
      endWord()
      cursor.index++
      continue
    }
    if (char === '#' && !inWord) {
      while (cursor.index < source.length && source[cursor.index] !== '\n') cursor.index++
      continue
    }
    if (char === '\n' || char === ';' || char === '&' || char === '|' || char === '(' || char === ')') {
      endWord()
      const two = source.slice(cursor.index, cursor.index + 2)
      const value = two === '&&' || two === '||' ? two : char
      if (two === ';;') throw new ShellSyntaxError('unexpected ";;"')
      tokens.push({ type: 'operator', value: value as '&&' })
      cursor.index += value.length
      continue
    }
    if (char === '>' || char === '<') {
      // "2>" and "2>&1": a word of digits right before the operator is its file descriptor.
      const digits = inWord && parts.length === 1 && parts[0].kind === 'literal' && !parts[0].quoted && /^\d$/.test(parts[0].text) ? Number(parts[0].text) : null
      if (digits !== null) {
        parts = []
        wordStart = -1
      } else endWord()
      const next = source[cursor.index + 1]
      let operator: '>' | '>>' | '<' | '>&' | '<&' = char
      if (char === '>' && next === '>') operator = '>>'
      else if (next === '&') operator = char === '>' ? '>&' : '<&'
      tokens.push({ type: 'redirect', operator, fd: digits })
      cursor.index += operator.length
      continue
    }
    if (char === '\\' && source[cursor.index + 1] === '\n') {
      cursor.index += 2
      continue
    }
    if (!inWord) wordStart = cursor.index
    if (char === "'") {
      const end = source.indexOf("'", cursor.index + 1)
      if (end < 0) throw new ShellSyntaxError('unterminated quoted string')
      literal(source.slice(cursor.index + 1, end), true)
      cursor.index = end + 1
    } else if (char === '"') {
      readDoubleQuoted(cursor, parts)
    } else if (char === '\\') {
      const next = source[cursor.index + 1]
      if (next !== undefined && next !== '\n') literal(next, true)
      cursor.index += 2
    } else if (char === '$') {
      parts.push(readDollar(cursor, false))
    } else if (char === '`') {
      parts.push(readBackquote(cursor, false))
    } else {
      literal(char)
      cursor.index++
    }
  }
  endWord()
  return tokens
}

// "a" "b" 'c' written next to each other stay separate parts only where quoting differs.
function mergeLiterals(parts: TWordPart[]): TWordPart[] {
  const merged: TWordPart[] = []
  for (const part of parts) {
    const last = merged.at(-1)
    if (part.kind === 'literal' && last?.kind === 'literal' && last.quoted === part.quoted) last.text += part.text
    else merged.push(part.kind === 'literal' ? { ...part } : part)
  }
  return merged.filter((part, i, all) => !(part.kind === 'literal' && part.text === '' && part.quoted && all.length > 1))
}
