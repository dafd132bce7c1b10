import { describe, expect, it } from 'vitest'
import { parseScript } from './parse'
import { ShellSyntaxError } from './tokens'

const raw = (list: ReturnType<typeof parseScript>) => list.map((andOr) => andOr.first.commands[0])

describe('parseScript', () => {
  it('builds lists of and-or chains', () => {
    const list = parseScript('a; b && c || d\ne')
    expect(list).toHaveLength(3)
    expect(list[1].rest.map((r) => r.operator)).toEqual(['&&', '||'])
  })

  it('separates assignments, words and redirections', () => {
    const [command] = raw(parseScript('A=1 B="x y" env >out 2>&1'))
    expect(command.type).toBe('simple')
    if (command.type !== 'simple') return
    expect(command.assignments.map((a) => a.name)).toEqual(['A', 'B'])
    expect(command.words.map((w) => w.raw)).toEqual(['env'])
    expect(command.redirects.map((r) => [r.operator, r.fd, r.target.raw])).toEqual([
      ['>', 1, 'out'],
      ['>&', 2, '1'],
    ])
  })

  it('treats reserved words as words after the command name', () => {
    const [command] = raw(parseScript('echo if then done'))
    expect(command.type === 'simple' && command.words.map((w) => w.raw)).toEqual(['echo', 'if', 'then', 'done'])
  })

  it('parses if/elif/else, for, while, until, groups and subshells', () => {
    const [ifCommand, forCommand, whileCommand, untilCommand, group, subshell] = raw(
      parseScript('if a; then b; elif c; then d; else e; fi; for x in 1 2; do f; done; while g; do h; done; until i\ndo j\ndone; { k; }; (l)'),
    )
    expect(ifCommand.type === 'if' && [ifCommand.clauses.length, ifCommand.otherwise?.length]).toEqual([2, 1])
    expect(forCommand.type === 'for' && [forCommand.variable, forCommand.items?.map((w) => w.raw)]).toEqual(['x', ['1', '2']])
    expect(whileCommand.type === 'while' && whileCommand.until).toBe(false)
    expect(untilCommand.type === 'while' && untilCommand.until).toBe(true)
    expect(group.type === 'group' && group.subshell).toBe(false)
    expect(subshell.type === 'group' && subshell.subshell).toBe(true)
  })

  it('parses negated pipelines', () => {
    const [andOr] = parseScript('! a | b | c')
    expect(andOr.first.negate).toBe(true)
    expect(andOr.first.commands).toHaveLength(3)
  })

  it('reports what was unexpected, as busybox does', () => {
    expect(() => parseScript('fi')).toThrow('unexpected "fi"')
    expect(() => parseScript('if true; then echo')).toThrow('unexpected end of file')
    expect(() => parseScript('for 1x in a; do b; done')).toThrow(ShellSyntaxError)
    expect(() => parseScript('while true; do done')).toThrow('unexpected "done"')
    expect(() => parseScript('a && ; b')).toThrow('unexpected ";"')
    expect(() => parseScript('echo hi )')).toThrow('unexpected ")"')
  })

  it('accepts an empty script and trailing separators', () => {
    expect(parseScript('')).toEqual([])
    expect(parseScript('a;\n\n')).toHaveLength(1)
  })
})
