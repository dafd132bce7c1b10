import { describe, expect, it } from 'vitest'
import { requireApiVersion } from './api-versions'
import { ArmError } from './errors'

const url = (query: string) => new URL(`https://localhost/subscriptions?${query}`)
const codeOf = (fn: () => unknown) => {
  try {
    fn()
    return null
  } catch (error) {
    return error instanceof ArmError ? error.code : 'unexpected'
  }
}

describe('requireApiVersion', () => {
  it('accepts every version the SDKs and az send, and newer dates', () => {
    for (const v of ['2021-10-01', '2023-05-01', '2025-09-01', '2022-10-01-preview', '2019-11-01', '2021-04-01', '2022-12-01', '2025-04-01', '2018-06-01', '2027-01-01', '2026-07-01-preview']) {
      expect(requireApiVersion(url(`api-version=${v}`))).toBe(v)
    }
  })

  it('requires one, and refuses malformed or prehistoric ones', () => {
    expect(codeOf(() => requireApiVersion(url('')))).toBe('MissingApiVersionParameter')
    expect(codeOf(() => requireApiVersion(url('api-version=')))).toBe('MissingApiVersionParameter')
    expect(codeOf(() => requireApiVersion(url('api-version=latest')))).toBe('InvalidApiVersionParameter')
    expect(codeOf(() => requireApiVersion(url('api-version=2023-13-01')))).toBe('InvalidApiVersionParameter')
    expect(codeOf(() => requireApiVersion(url('api-version=2001-01-01')))).toBe('InvalidApiVersionParameter')
  })
})
