// Word expansion in the shell's order: parameters, command substitution and arithmetic, then
// field splitting of the unquoted results. Pathname globbing is not done (a simulated
// container has next to no files to match), so `*` stays a literal star.
import { evaluateArithmetic } from './arithmetic'
import { ShellError, type TShellContext, type TShellEffect } from './shell-context'
import type { TWord, TWordPart } from './tokens'
import { tokenize } from './tokenize'

// Command substitution runs a script: the evaluator registers itself here to avoid an import cycle.
type TSubstitute = (script: string, context: TShellContext) => Generator<TShellEffect, string, void>
let substitute: TSubstitute = function* () {
  return ''
}
export function registerCommandSubstitution(run: TSubstitute) {
  substitute = run
}

export function lookupVariable(context: TShellContext, name: string): string | undefined {
  if (name === '?') return String(context.status)
  if (name === '$') return '1'
  if (name === '!') return ''
  if (name === '#') return String(Math.max(0, context.positional.length - 1))
  if (name === '@' || name === '*') return context.positional.slice(1).join(' ')
  if (/^\d$/.test(name)) return context.positional[Number(name)]
  return context.variables.get(name)
}

function* expandPart(part: TWordPart, context: TShellContext): Generator<TShellEffect, string, void> {
  switch (part.kind) {
    case 'literal':
      return part.text
    case 'arithmetic': {
      const inner = yield* expandString(part.expression, context)
      return String(evaluateArithmetic(inner, (name) => lookupVariable(context, name) ?? ''))
    }
    case 'command':
      return (yield* substitute(part.script, context)).replace(/\n+$/, '')
    case 'variable': {
      const value = lookupVariable(context, part.name)
      if (part.operator === '#') return String((value ?? '').length)
      if (!part.operator) return value ?? ''
      const useOperand = part.operator.startsWith(':') ? !value : value === undefined
      if (!useOperand) return value ?? ''
      const operand = yield* expandString(part.operand ?? '', context)
      if (part.operator.endsWith('=')) {
        if (/^\d|[?$#@*!]/.test(part.name)) throw new ShellError(`${part.name}: cannot assign in this way`)
        context.variables.set(part.name, operand)
      }
      return operand
    }
  }
}

/** Expands `$` forms inside text as double quotes would (no splitting). */
export function* expandString(text: string, context: TShellContext): Generator<TShellEffect, string, void> {
  if (!text.includes('$') && !text.includes('`')) return text
  const tokens = tokenize(`"${text.replace(/(["\\])/g, '\\$1')}"`)
  const word = tokens[0]?.type === 'word' ? tokens[0].word : { parts: [], raw: '' }
  return yield* expandWordToString(word, context)
}

/** One string, no splitting: assignments, redirection targets, case words. */
export function* expandWordToString(word: TWord, context: TShellContext): Generator<TShellEffect, string, void> {
  let text = ''
  for (const part of word.parts) text += yield* expandPart(part, context)
  return text
}

/** The fields a word becomes as a command argument. */
export function* expandWord(word: TWord, context: TShellContext): Generator<TShellEffect, string[], void> {
  const fields: string[] = []
  let current = ''
  let hasField = false
  const first = word.parts[0]
  const parts = first?.kind === 'literal' && !first.quoted && (first.text === '~' || first.text.startsWith('~/'))
    ? [{ ...first, text: (context.variables.get('HOME') ?? '/root') + first.text.slice(1) }, ...word.parts.slice(1)]
    : word.parts
  for (const part of parts) {
    if (part.kind === 'variable' && part.name === '@' && part.quoted) {
      const args = context.positional.slice(1)
      args.forEach((arg, i) => {
        if (i > 0) {
          fields.push(current)
          current = ''
        }
        current += arg
        hasField = true
      })
      continue
    }
    const value = yield* expandPart(part, context)
    if (part.quoted || part.kind === 'literal') {
      current += value
      hasField = true
      continue
    }
    // Unquoted expansion: split on blanks; leading and trailing blanks end fields.
    const pieces = value.split(/[ \t\n]+/)
    pieces.forEach((piece, i) => {
      if (i > 0 && (hasField || current)) {
        fields.push(current)
        current = ''
        hasField = false
      }
      if (piece) {
        current += piece
        hasField = true
      }
    })
  }
  if (hasField || current) fields.push(current)
  return fields
}
