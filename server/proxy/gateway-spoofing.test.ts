import { describe, expect, it } from 'vitest'
import { isDirectGatewayRequest, withoutGatewayHeaders } from './gateway-spoofing'

describe('isDirectGatewayRequest', () => {
  it('catches the gateway route in any spelling', () => {
    expect(isDirectGatewayRequest('/api/gateway')).toBe(true)
    expect(isDirectGatewayRequest('/api/gateway/index.html')).toBe(true)
    expect(isDirectGatewayRequest('/API/Gateway/x')).toBe(true)
  })

  it('leaves every other path alone', () => {
    expect(isDirectGatewayRequest('/')).toBe(false)
    expect(isDirectGatewayRequest('/api/health')).toBe(false)
    expect(isDirectGatewayRequest('/subscriptions/s/resourcegroups')).toBe(false)
  })
})

describe('withoutGatewayHeaders', () => {
  it('drops every gateway header and keeps the rest', () => {
    const headers = new Headers({
      'X-Cerulean-Gateway-Host': 'victim.eastus.aci.localhost',
      'x-cerulean-gateway-url': '/secret',
      'x-cerulean-gateway-anything': '1',
      cookie: 'session=1',
      host: 'localhost:3000',
    })
    const cleaned = withoutGatewayHeaders(headers)!
    expect([...cleaned.keys()].sort()).toEqual(['cookie', 'host'])
    expect(cleaned.get('cookie')).toBe('session=1')
    expect(headers.get('x-cerulean-gateway-host')).toBe('victim.eastus.aci.localhost')
  })

  it('answers null when there is nothing to drop', () => {
    expect(withoutGatewayHeaders(new Headers({ host: 'localhost:3000' }))).toBeNull()
  })
})
