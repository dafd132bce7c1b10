import { describe, expect, it } from 'vitest'
import { normalizeArmPath } from './normalize-arm-path'

describe('normalizeArmPath', () => {
  it('lower-cases the fixed segments the ACI SDK capitalises and keeps names', () => {
    expect(
      normalizeArmPath('/subscriptions/ABC/resourceGroups/My-RG/providers/Microsoft.ContainerInstance/containerGroups/Web1/containers/App/logs'),
    ).toBe('/subscriptions/ABC/resourcegroups/My-RG/providers/microsoft.containerinstance/containergroups/Web1/containers/App/logs')
  })

  it('returns null when the path already uses the folder spelling', () => {
    expect(normalizeArmPath('/subscriptions/s/resourcegroups/rg')).toBeNull()
    expect(normalizeArmPath('/subscriptions')).toBeNull()
  })

  it('ignores paths outside ARM', () => {
    expect(normalizeArmPath('/api/health')).toBeNull()
    expect(normalizeArmPath('/Subscriptionsx/a')).toBeNull()
  })

  it('keeps names that look like fixed segments', () => {
    expect(normalizeArmPath('/Subscriptions/s/resourceGroups/Providers/providers/Microsoft.ContainerInstance/containerGroups/logs/Restart')).toBe(
      '/subscriptions/s/resourcegroups/Providers/providers/microsoft.containerinstance/containergroups/logs/restart',
    )
  })

  it('handles the location-scoped and provider-level paths', () => {
    expect(normalizeArmPath('/subscriptions/s/providers/Microsoft.ContainerInstance/locations/EastUS/operations/ID-1')).toBe(
      '/subscriptions/s/providers/microsoft.containerinstance/locations/EastUS/operations/ID-1',
    )
    expect(normalizeArmPath('/providers/Microsoft.ContainerInstance/operations')).toBe('/providers/microsoft.containerinstance/operations')
    expect(normalizeArmPath('/subscriptions/s/providers/Microsoft.ContainerInstance/locations/westus/cachedImages')).toBe(
      '/subscriptions/s/providers/microsoft.containerinstance/locations/westus/cachedimages',
    )
    expect(normalizeArmPath('/subscriptions/s/operationResults/TOKEN')).toBe('/subscriptions/s/operationresults/TOKEN')
    expect(normalizeArmPath('/Tenants')).toBe('/tenants')
  })

  it('stops at an unknown key rather than guessing', () => {
    expect(normalizeArmPath('/subscriptions/s/Unknown/X/Providers')).toBeNull()
  })
})
