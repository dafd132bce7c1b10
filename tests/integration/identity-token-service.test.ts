// The token service as the real clients use it: client credentials in, a signed JWT out,
// and Entra ID's error codes for each way a request can be wrong.
import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { signUp } from '@/server/auth/sign-up'
import { createServicePrincipal, type TCreatedServicePrincipal } from '@/server/identity/create-service-principal'
import { exchangeClientCredentials } from '@/server/identity/exchange-client-credentials'
import { handleTokenRequest } from '@/server/identity/token-endpoint'
import { verifyAccessToken } from '@/server/identity/verify-access-token'
import { openIdConfiguration } from '@/server/identity/discovery-documents'
import { IdentityError } from '@/server/identity/identity-error'

const ORIGIN = 'https://localhost:3443'
let sp: TCreatedServicePrincipal

async function newTenantWithServicePrincipal() {
  const email = `identity-${crypto.randomUUID()}@example.test`
  const { tenant, subscription } = await signUp({ input: { email, password: 'correct horse battery' } })
  return createServicePrincipal({ input: { tenantId: tenant.id, displayName: 'ci', role: 'Contributor', scope: `/subscriptions/${subscription.id}` } })
}

function expectIdentityError(promise: Promise<unknown>, error: string, aadsts: number) {
  return expect(promise).rejects.toSatisfy((e: unknown) => e instanceof IdentityError && e.error === error && e.aadsts === aadsts)
}

beforeAll(async () => {
  sp = await newTenantWithServicePrincipal()
})

describe('exchangeClientCredentials', () => {
  it('issues a token for the ADFS authority with the claims clients read', async () => {
    const form = { grant_type: 'client_credentials', client_id: sp.appId, client_secret: sp.password, scope: `${ORIGIN}//.default` }
    const body = await exchangeClientCredentials({ tenant: 'adfs', version: 'v1', origin: ORIGIN, form })
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 })
    const claims = await verifyAccessToken(body.access_token)
    expect(claims).toMatchObject({ tid: sp.tenant, oid: sp.objectId, idtyp: 'app', appid: sp.appId })
    const payload = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString())
    expect(payload).toMatchObject({ aud: `${ORIGIN}/`, iss: `${ORIGIN}/adfs`, sub: sp.objectId })
    expect(payload.exp - payload.iat).toBe(3600)
  })

  it('issues a v2 token for the tenant-id authority and any audience', async () => {
    const form = { grant_type: 'client_credentials', client_id: sp.appId, client_secret: sp.password, scope: 'https://management.azure.com/.default' }
    const body = await exchangeClientCredentials({ tenant: sp.tenant, version: 'v2', origin: ORIGIN, form })
    const payload = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString())
    expect(payload).toMatchObject({ aud: 'https://management.azure.com', iss: `${ORIGIN}/${sp.tenant}/v2.0`, ver: '2.0' })
  })

  it('refuses a wrong secret with invalid_client AADSTS7000215', async () => {
    const form = { grant_type: 'client_credentials', client_id: sp.appId, client_secret: 'wrong', scope: 'x/.default' }
    await expectIdentityError(exchangeClientCredentials({ tenant: 'adfs', version: 'v1', origin: ORIGIN, form }), 'invalid_client', 7000215)
  })

  it('refuses an unknown application, or one from another tenant, with AADSTS700016', async () => {
    const unknown = { grant_type: 'client_credentials', client_id: crypto.randomUUID(), client_secret: 'x' }
    await expectIdentityError(exchangeClientCredentials({ tenant: 'adfs', version: 'v1', origin: ORIGIN, form: unknown }), 'unauthorized_client', 700016)
    const other = await newTenantWithServicePrincipal()
    const form = { grant_type: 'client_credentials', client_id: sp.appId, client_secret: sp.password }
    await expectIdentityError(exchangeClientCredentials({ tenant: other.tenant, version: 'v2', origin: ORIGIN, form }), 'unauthorized_client', 700016)
  })

  it('names unsupported grants, missing parameters and unknown tenants', async () => {
    const base = { client_id: sp.appId, client_secret: sp.password }
    await expectIdentityError(exchangeClientCredentials({ tenant: 'adfs', version: 'v1', origin: ORIGIN, form: { ...base, grant_type: 'password' } }), 'unsupported_grant_type', 70003)
    await expectIdentityError(exchangeClientCredentials({ tenant: 'adfs', version: 'v1', origin: ORIGIN, form: { grant_type: 'client_credentials' } }), 'invalid_request', 900144)
    const noSecret = { grant_type: 'client_credentials', client_id: sp.appId }
    await expectIdentityError(exchangeClientCredentials({ tenant: 'adfs', version: 'v1', origin: ORIGIN, form: noSecret }), 'invalid_client', 7000218)
    const form = { ...base, grant_type: 'client_credentials' }
    await expectIdentityError(exchangeClientCredentials({ tenant: crypto.randomUUID(), version: 'v2', origin: ORIGIN, form }), 'invalid_request', 90002)
  })
})

describe('handleTokenRequest', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://127.0.0.1:3000/api/identity/adfs/oauth2/token', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'localhost:3443', ...headers },
    })

  it('answers a form POST with a no-store JSON token', async () => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: sp.appId, client_secret: sp.password, scope: `${ORIGIN}/.default` })
    const response = await handleTokenRequest(post(form.toString()), 'adfs', 'v1')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await response.json()
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 })
    expect(JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString()).iss).toBe(`${ORIGIN}/adfs`)
  })

  it('accepts HTTP Basic client authentication and reports errors in the AADSTS shape', async () => {
    const basic = Buffer.from(`${sp.appId}:${sp.password}`).toString('base64')
    expect((await handleTokenRequest(post('grant_type=client_credentials', { authorization: `Basic ${basic}` }), 'adfs', 'v1')).status).toBe(200)
    const response = await handleTokenRequest(post(`grant_type=client_credentials&client_id=${sp.appId}&client_secret=nope`), 'adfs', 'v1')
    expect(response.status).toBe(401)
    const body = await response.json()
    expect(body.error).toBe('invalid_client')
    expect(body.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided/)
    expect(body.error_codes).toEqual([7000215])
  })

  it('refuses Basic credentials with a malformed escape as invalid_client, not a server failure', async () => {
    for (const credentials of [`${sp.appId}:%ZZ`, `%E0:${sp.password}`]) {
      const basic = Buffer.from(credentials).toString('base64')
      const response = await handleTokenRequest(post('grant_type=client_credentials', { authorization: `Basic ${basic}` }), 'adfs', 'v1')
      expect(response.status).toBe(401)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = await response.json()
      expect(body.error).toBe('invalid_client')
      expect(body.error_description).toMatch(/^AADSTS7000215: /)
      expect(body.error_codes).toEqual([7000215])
    }
  })
})

describe('openIdConfiguration', () => {
  it('keeps the issuer and endpoints on the authority origin', () => {
    expect(openIdConfiguration({ origin: ORIGIN, tenant: 'adfs', version: 'v1' })).toMatchObject({
      issuer: `${ORIGIN}/adfs`,
      token_endpoint: `${ORIGIN}/adfs/oauth2/token`,
      jwks_uri: `${ORIGIN}/adfs/discovery/keys`,
    })
    expect(openIdConfiguration({ origin: ORIGIN, tenant: sp.tenant, version: 'v2' })).toMatchObject({
      issuer: `${ORIGIN}/${sp.tenant}/v2.0`,
      token_endpoint: `${ORIGIN}/${sp.tenant}/oauth2/v2.0/token`,
    })
  })
})
