import { describe, expect, it } from 'vitest'
import { identityRewritePath } from './identity-rewrite-path'
import { metadataEndpoints } from './discovery-documents'

describe('identityRewritePath', () => {
  it('maps the identity platform URLs onto app/api/identity', () => {
    const tenant = '6F1B4C2A-0D3E-4B5A-9C8D-7E6F5A4B3C2D'
    expect(identityRewritePath('/adfs/.well-known/openid-configuration')).toBe('/api/identity/adfs/.well-known/openid-configuration')
    expect(identityRewritePath('/adfs/oauth2/token')).toBe('/api/identity/adfs/oauth2/token')
    expect(identityRewritePath(`/${tenant}/v2.0/.well-known/openid-configuration`)).toBe(`/api/identity/${tenant.toLowerCase()}/v2.0/.well-known/openid-configuration`)
    expect(identityRewritePath(`/${tenant}/oauth2/v2.0/token`)).toBe(`/api/identity/${tenant.toLowerCase()}/oauth2/v2.0/token`)
    expect(identityRewritePath('/common/discovery/v2.0/keys')).toBe('/api/identity/common/discovery/v2.0/keys')
    expect(identityRewritePath('/metadata/endpoints')).toBe('/api/identity/metadata/endpoints')
    expect(identityRewritePath('//metadata/endpoints')).toBe('/api/identity/metadata/endpoints')
  })

  it('leaves the portal and ARM paths alone', () => {
    for (const path of ['/', '/subscriptions', '/adfs', '/resource-groups', '/adfs/oauth2/authorize', '/contoso.com/oauth2/token']) {
      expect(identityRewritePath(path)).toBeNull()
    }
  })
})

describe('metadataEndpoints', () => {
  it('points az at an ADFS login endpoint on the same origin', () => {
    expect(metadataEndpoints('https://localhost:3443')).toMatchObject({
      graphEndpoint: 'https://localhost:3443/',
      authentication: { loginEndpoint: 'https://localhost:3443/adfs', audiences: ['https://localhost:3443/'] },
    })
  })
})
