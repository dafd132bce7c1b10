import { describe, expect, it } from 'vitest'
import { tokenize } from './tokenize'
import { ShellSyntaxError } from './tokens'

const kinds = (source: string) => tokenize(source).map((t) => (t.type === 'word' ? `w:${t.word.raw}` : t.type === 'operator' ? `o:${t.value}` : `r:${t.fd ?? ''}${t.operator}`))

describe('tokenize', () => {
  it('splits words on blanks and recognises operators', () => {
    expect(kinds('echo hi;exit 3')).toEqual(['w:echo', 'w:hi', 'o:;', 'w:exit', 'w:3'])
    expect(kinds('a && b || c | d & e')).toEqual(['w:a', 'o:&&', 'w:b', 'o:||', 'w:c', 'o:|', 'w:d', 'o:&', 'w:e'])
    expect(kinds('( a )\nb')).toEqual(['o:(', 'w:a', 'o:)', 'o:\n', 'w:b'])
  })

  it('keeps quoted text together and marks it quoted', () => {
    const [, word] = tokenize(`echo 'a b'"c $X"d\\ e`)
    expect(word.type === 'word' && word.word.parts).toEqual([
      { kind: 'literal', text: 'a bc ', quoted: true },
      { kind: 'variable', name: 'X', quoted: true },
      { kind: 'literal', text: 'd', quoted: false },
      { kind: 'literal', text: ' ', quoted: true },
      { kind: 'literal', text: 'e', quoted: false },
    ])
  })

  it('reads every $ form', () => {
    const [word] = tokenize('$A${B}${C:-x y}$(echo $(date))`hostname`$((1+(2*3)))$?$1$')
    expect(word.type === 'word' && word.word.parts).toEqual([
      { kind: 'variable', name: 'A', quoted: false },
      { kind: 'variable', name: 'B', quoted: false },
      { kind: 'variable', name: 'C', quoted: false, operator: ':-', operand: 'x y' },
      { kind: 'command', script: 'echo $(date)', quoted: false },
      { kind: 'command', script: 'hostname', quoted: false },
      { kind: 'arithmetic', expression: '1+(2*3)', quoted: false },
      { kind: 'variable', name: '?', quoted: false },
      { kind: 'variable', name: '1', quoted: false },
      { kind: 'literal', text: '$', quoted: false },
    ])
  })

  it('skips comments but not a # inside a word', () => {
    expect(kinds('echo a#b # a comment\necho c')).toEqual(['w:echo', 'w:a#b', 'o:\n', 'w:echo', 'w:c'])
  })

  it('reads redirections with and without a file descriptor', () => {
    expect(kinds('echo x >/dev/null 2>&1 >> log < in >&2')).toEqual(['w:echo', 'w:x', 'r:>', 'w:/dev/null', 'r:2>&', 'w:1', 'r:>>', 'w:log', 'r:<', 'w:in', 'r:>&', 'w:2'])
  })

  it('joins a backslash-newline continuation', () => {
    expect(kinds('echo a \\\n b')).toEqual(['w:echo', 'w:a', 'w:b'])
  })

  it('rejects unterminated quotes and substitutions', () => {
    expect(() => tokenize('echo "abc')).toThrow(ShellSyntaxError)
    expect(() => tokenize("echo 'abc")).toThrow(ShellSyntaxError)
    expect(() => tokenize('echo $(date')).toThrow(ShellSyntaxError)
    expect(() => tokenize('echo ${A')).toThrow(ShellSyntaxError)
    expect(() => tokenize('echo ${A%b}')).toThrow(/bad substitution/)
  })
})
