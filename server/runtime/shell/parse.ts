// Recursive-descent parser for the subset of the POSIX shell grammar Cerulean runs:
// lists (; & newline), && and ||, pipelines, ! , simple commands with assignments and
// redirections, if/elif/else, for, while, until, { } groups and ( ) subshells.
import { plainText, ShellSyntaxError, type TRedirectOperator, type TToken, type TWord } from './tokens'
import { tokenize } from './tokenize'

export type TRedirect = { operator: TRedirectOperator; fd: number; target: TWord }

export type TCommand =
  | { type: 'simple'; assignments: Array<{ name: string; value: TWord }>; words: TWord[]; redirects: TRedirect[] }
  | { type: 'if'; clauses: Array<{ condition: TList; body: TList }>; otherwise: TList | null; redirects: TRedirect[] }
  | { type: 'for'; variable: string; items: TWord[] | null; body: TList; redirects: TRedirect[] }
  | { type: 'while'; until: boolean; condition: TList; body: TList; redirects: TRedirect[] }
  | { type: 'group'; subshell: boolean; body: TList; redirects: TRedirect[] }

export type TPipeline = { negate: boolean; commands: TCommand[] }
export type TAndOr = { first: TPipeline; rest: Array<{ operator: '&&' | '||'; pipeline: TPipeline }> }
export type TList = TAndOr[]

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', '{', '}', '!'])
const LIST_ENDS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}'])
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/

class Parser {
  private position = 0
  constructor(private readonly tokens: TToken[]) {}

  private peek(): TToken | undefined {
    return this.tokens[this.position]
  }

  private reserved(token = this.peek()): string | null {
    if (token?.type !== 'word') return null
    const text = plainText(token.word)
    return text !== null && RESERVED.has(text) ? text : null
  }

  private isOperator(value: string, token = this.peek()): boolean {
    return token?.type === 'operator' && token.value === value
  }

  private describe(token = this.peek()): string {
    if (!token) return 'end of file'
    if (token.type === 'word') return `"${token.word.raw}"`
    if (token.type === 'redirect') return `"${token.operator}"`
    return token.value === '\n' ? 'newline' : `"${token.value}"`
  }

  private unexpected(): never {
    throw new ShellSyntaxError(`unexpected ${this.describe()}`)
  }

  private skipNewlines() {
    while (this.isOperator('\n')) this.position++
  }

  private expectReserved(word: string) {
    this.skipNewlines()
    if (this.reserved() !== word) this.unexpected()
    this.position++
  }

  parseProgram(): TList {
    const list = this.parseList()
    if (this.position < this.tokens.length) this.unexpected()
    return list
  }

  // A list ends at a reserved word that closes a compound command, at ")" or at the end.
  parseList(): TList {
    const list: TList = []
    for (;;) {
      this.skipNewlines()
      const token = this.peek()
      if (!token || this.isOperator(')')) break
      const word = this.reserved()
      if (word && LIST_ENDS.has(word)) break
      list.push(this.parseAndOr())
      if (this.isOperator(';') || this.isOperator('&') || this.isOperator('\n')) {
        this.position++
        continue
      }
      break
    }
    return list
  }

  private parseAndOr(): TAndOr {
    const andOr: TAndOr = { first: this.parsePipeline(), rest: [] }
    while (this.isOperator('&&') || this.isOperator('||')) {
      const operator = (this.peek() as { value: '&&' | '||' }).value
      this.position++
      this.skipNewlines()
      andOr.rest.push({ operator, pipeline: this.parsePipeline() })
    }
    return andOr
  }

  private parsePipeline(): TPipeline {
    let negate = false
    if (this.reserved() === '!') {
      negate = true
      this.position++
    }
    const commands = [this.parseCommand()]
    while (this.isOperator('|')) {
      this.position++
      this.skipNewlines()
      commands.push(this.parseCommand())
    }
    return { negate, commands }
  }

  private parseCommand(): TCommand {
    const word = this.reserved()
    if (word === 'if') return this.withRedirects(this.parseIf())
    if (word === 'for') return this.withRedirects(this.parseFor())
    if (word === 'while' || word === 'until') return this.withRedirects(this.parseWhile(word === 'until'))
    if (word === '{') {
      this.position++
      const body = this.parseNonEmptyList()
      this.expectReserved('}')
      return this.withRedirects({ type: 'group', subshell: false, body, redirects: [] })
    }
    if (this.isOperator('(')) {
      this.position++
      const body = this.parseNonEmptyList()
      this.skipNewlines()
      if (!this.isOperator(')')) this.unexpected()
      this.position++
      return this.withRedirects({ type: 'group', subshell: true, body, redirects: [] })
    }
    return this.parseSimple()
  }

  private parseNonEmptyList(): TList {
    const list = this.parseList()
    if (list.length === 0) this.unexpected()
    return list
  }

  private parseIf(): TCommand {
    this.position++
    const condition = this.parseNonEmptyList()
    this.expectReserved('then')
    const clauses = [{ condition, body: this.parseNonEmptyList() }]
    let otherwise: TList | null = null
    for (;;) {
      this.skipNewlines()
      const word = this.reserved()
      if (word === 'elif') {
        this.position++
        const condition = this.parseNonEmptyList()
        this.expectReserved('then')
        clauses.push({ condition, body: this.parseNonEmptyList() })
      } else if (word === 'else') {
        this.position++
        otherwise = this.parseNonEmptyList()
      } else if (word === 'fi') {
        this.position++
        return { type: 'if', clauses, otherwise, redirects: [] }
      } else this.unexpected()
    }
  }

  private parseFor(): TCommand {
    this.position++
    const nameToken = this.peek()
    const variable = nameToken?.type === 'word' ? plainText(nameToken.word) : null
    if (!variable || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new ShellSyntaxError(`bad for loop variable`)
    this.position++
    let items: TWord[] | null = null
    this.skipNewlines()
    if (this.reserved() === 'in') {
      this.position++
      items = []
      let token = this.peek()
      while (token?.type === 'word') {
        items.push(token.word)
        this.position++
        token = this.peek()
      }
      if (this.isOperator(';') || this.isOperator('\n')) this.position++
      else if (token) this.unexpected()
    } else if (this.isOperator(';')) this.position++
    this.expectReserved('do')
    const body = this.parseNonEmptyList()
    this.expectReserved('done')
    return { type: 'for', variable, items, body, redirects: [] }
  }

  private parseWhile(until: boolean): TCommand {
    this.position++
    const condition = this.parseNonEmptyList()
    this.expectReserved('do')
    const body = this.parseNonEmptyList()
    this.expectReserved('done')
    return { type: 'while', until, condition, body, redirects: [] }
  }

  private parseRedirect(): TRedirect {
    const token = this.peek() as Extract<TToken, { type: 'redirect' }>
    this.position++
    const target = this.peek()
    if (target?.type !== 'word') this.unexpected()
    this.position++
    const fd = token.fd ?? (token.operator.startsWith('<') ? 0 : 1)
    return { operator: token.operator, fd, target: target.word }
  }

  private withRedirects<T extends TCommand>(command: T): T {
    while (this.peek()?.type === 'redirect') command.redirects.push(this.parseRedirect())
    return command
  }

  private parseSimple(): TCommand {
    const command: Extract<TCommand, { type: 'simple' }> = { type: 'simple', assignments: [], words: [], redirects: [] }
    for (;;) {
      const token = this.peek()
      if (token?.type === 'redirect') {
        command.redirects.push(this.parseRedirect())
        continue
      }
      if (token?.type !== 'word') break
      // Reserved words only count at the start of a command; "echo done" prints "done".
      if (command.words.length === 0 && command.assignments.length === 0 && this.reserved(token)) break
      const first = token.word.parts[0]
      const assignment = command.words.length === 0 && first?.kind === 'literal' && !first.quoted ? ASSIGNMENT.exec(first.text) : null
      if (assignment && first.kind === 'literal') {
        const rest = first.text.slice(assignment[0].length)
        const parts = [...(rest ? [{ ...first, text: rest }] : []), ...token.word.parts.slice(1)]
        command.assignments.push({ name: assignment[1], value: { parts, raw: token.word.raw.slice(assignment[0].length) } })
      } else command.words.push(token.word)
      this.position++
    }
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) this.unexpected()
    return command
  }
}

export function parseScript(source: string): TList {
  return new Parser(tokenize(source)).parseProgram()
}
