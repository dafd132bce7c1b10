import { describe, expect, it } from 'vitest'
import { evaluateArithmetic } from './arithmetic'

const values: Record<string, string> = { i: '4', empty: '', word: 'abc' }
const calc = (expression: string) => evaluateArithmetic(expression, (name) => values[name] ?? '')

describe('evaluateArithmetic', () => {
  it('follows C precedence and parentheses', () => {
    expect(calc('1 + 2 * 3')).toBe(7)
    expect(calc('(1 + 2) * 3')).toBe(9)
    expect(calc('10 - 4 - 3')).toBe(3)
    expect(calc('7 / 2 + 7 % 2')).toBe(4)
    expect(calc('-3 + +2')).toBe(-1)
  })

  it('reads variables with or without $ and treats unset ones as 0', () => {
    expect(calc('i + 1')).toBe(5)
    expect(calc('$i * ${i}')).toBe(16)
    expect(calc('missing + empty')).toBe(0)
  })

  it('compares and combines as 1 and 0', () => {
    expect([calc('i > 3'), calc('i <= 3'), calc('i == 4 && 1'), calc('0 || 0'), calc('!0')]).toEqual([1, 0, 1, 0, 1])
  })

  it('rejects garbage and division by zero', () => {
    expect(() => calc('1 +')).toThrow('arithmetic syntax error')
    expect(() => calc('word + 1')).toThrow('arithmetic syntax error')
    expect(() => calc('1 / 0')).toThrow('division by zero')
    expect(() => calc('2 2')).toThrow('arithmetic syntax error')
  })
})
