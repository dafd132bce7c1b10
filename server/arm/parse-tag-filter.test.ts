import { describe, expect, it } from 'vitest'
import { ArmError } from './errors'
import { matchesTagFilter, parseTagFilter, parseTop } from './parse-tag-filter'

describe('parseTagFilter', () => {
  it('reads ARM’s tag filters, with quoted quotes', () => {
    expect(parseTagFilter(null)).toBeNull()
    expect(parseTagFilter("tagName eq 'env'")).toEqual({ name: 'env' })
    expect(parseTagFilter("TAGNAME eq 'env' AND tagValue eq 'it''s'")).toEqual({ name: 'env', value: "it's" })
  })

  it('refuses filters it cannot honour', () => {
    expect(() => parseTagFilter("location eq 'eastus'")).toThrow(ArmError)
    expect(() => parseTagFilter("tagName eq 'a' or tagName eq 'b'")).toThrow(ArmError)
    expect(() => parseTop('0')).toThrow(ArmError)
    expect(parseTop('5')).toBe(5)
  })

  it('matches tag names case-insensitively and values exactly', () => {
    expect(matchesTagFilter({ Env: 'Prod' }, { name: 'env' })).toBe(true)
    expect(matchesTagFilter({ Env: 'Prod' }, { name: 'env', value: 'prod' })).toBe(false)
    expect(matchesTagFilter({ Env: 'Prod' }, { name: 'env', value: 'Prod' })).toBe(true)
    expect(matchesTagFilter(null, { name: 'env' })).toBe(false)
  })
})
