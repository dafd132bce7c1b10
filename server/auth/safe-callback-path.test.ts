import { describe, expect, it } from 'vitest'
import { safeCallbackPath } from './safe-callback-path'

describe('safeCallbackPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeCallbackPath('/resource/subscriptions/s1?tab=overview')).toBe('/resource/subscriptions/s1?tab=overview')
    expect(safeCallbackPath(['/create/container-instances', '/other'])).toBe('/create/container-instances')
  })

  it('answers / for nothing, other sites and the sign-in page itself', () => {
    expect(safeCallbackPath(undefined)).toBe('/')
    expect(safeCallbackPath('')).toBe('/')
    expect(safeCallbackPath('https://evil.com/x')).toBe('/')
    expect(safeCallbackPath('javascript:alert(1)')).toBe('/')
    expect(safeCallbackPath('/signin?callbackUrl=/x')).toBe('/')
  })

  it('refuses paths that a browser reads as another host', () => {
    for (const value of ['//evil.com', '///evil.com', '/\\evil.com', '\t//evil.com', '/.//evil.com', '/a/../..//evil.com', '/.\\/evil.com', '/%2e//evil.com']) {
      expect(safeCallbackPath(value), value).toBe('/')
    }
  })
})
