import { describe, expect, it } from 'vitest'
import { resourceGroupHref } from './resource-href'
import { safeDecode } from './safe-decode'

describe('safeDecode', () => {
  it('reverses the encoding resource-href.ts applies, spaces and Unicode included', () => {
    for (const name of ['my-group', 'rg (test)', 'café_rg.1', 'グループ']) {
      const segment = resourceGroupHref('00000000-0000-0000-0000-000000000001', name).split('/').pop()!
      expect(safeDecode(segment)).toBe(name)
    }
  })

  it('answers null for malformed percent-encoding instead of throwing', () => {
    expect(safeDecode('%E0')).toBeNull()
    expect(safeDecode('%ZZ')).toBeNull()
    expect(safeDecode('abc%')).toBeNull()
  })
})
