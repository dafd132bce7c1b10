import { describe, expect, it } from 'vitest'
import { gatewayRewrite, isGatewayHost } from './gateway-rewrite'

describe('gateway rewrite', () => {
  it('takes hosts under the zone, with or without a port', () => {
    expect(isGatewayHost('mycontainer.eastus.aci.localhost:3000', 'aci.localhost')).toBe(true)
    expect(isGatewayHost('MyContainer.abc123.EastUS.aci.localhost', 'aci.localhost')).toBe(true)
  })

  it('leaves every other host alone', () => {
    expect(isGatewayHost('localhost:3000', 'aci.localhost')).toBe(false)
    expect(isGatewayHost('aci.localhost:3000', 'aci.localhost')).toBe(false)
    expect(isGatewayHost('evilaci.localhost', 'aci.localhost')).toBe(false)
    expect(gatewayRewrite({ host: '127.0.0.1:3000', pathname: '/', search: '', zone: 'aci.localhost' })).toBeNull()
  })

  it('keeps the original path and query for the route handler', () => {
    const rewrite = gatewayRewrite({ host: 'x.eastus.aci.localhost:3000', pathname: '/a/b', search: '?q=1', zone: 'aci.localhost' })
    expect(rewrite?.pathname).toBe('/api/gateway/a/b')
    expect(rewrite?.headers['x-cerulean-gateway-url']).toBe('/a/b?q=1')
    expect(gatewayRewrite({ host: 'x.eastus.aci.localhost', pathname: '/', search: '', zone: 'aci.localhost' })?.pathname).toBe('/api/gateway')
  })
})
