// Every ARM call's first step: a bearer token (Cerulean JWT or personal access token) to a
// principal, and a 401 ArmError with Azure's code for everything else.
import crypto from 'node:crypto'
import { generateKeyPairSync } from 'node:crypto'
import { SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { signUp } from '@/server/auth/sign-up'
import { hasPermission, subscriptionScope } from '@/server/auth/permissions'
import { authenticateArmRequest } from '@/server/identity/authenticate-arm-request'
import { createServicePrincipal } from '@/server/identity/create-service-principal'
import { createPersonalAccessToken } from '@/server/identity/personal-access-tokens'
import { issueAccessToken } from '@/server/identity/issue-access-token'
import { getSigningKey } from '@/server/identity/signing-key'
import { ArmError } from '@/server/arm/errors'

let tenantId: string
let subscriptionId: string
let userId: string

const withBearer = (token: string) => new Request('https://localhost:3443/subscriptions', { headers: { authorization: `Bearer ${token}` } })

function expectArmError(promise: Promise<unknown>, code: string) {
  return expect(promise).rejects.toSatisfy((e: unknown) => e instanceof ArmError && e.code === code && e.status === 401)
}

async function servicePrincipalToken(role: 'Contributor' | 'Reader') {
  const sp = await createServicePrincipal({ input: { tenantId, displayName: `sp-${role}`, role, scope: `/subscriptions/${subscriptionId}` } })
  const { accessToken } = await issueAccessToken({
    subject: { objectId: sp.objectId, tenantId, appId: sp.appId, type: 'app' },
    audience: 'https://management.azure.com',
    issuer: 'https://localhost:3443/adfs',
    version: '1.0',
  })
  return { sp, accessToken }
}

beforeAll(async () => {
  const { user, tenant, subscription } = await signUp({ input: { email: `auth-${crypto.randomUUID()}@example.test`, password: 'correct horse battery' } })
  tenantId = tenant.id
  subscriptionId = subscription.id
  userId = user.id
})

describe('authenticateArmRequest', () => {
  it('turns a service principal token into its principal, with the role it was given', async () => {
    const { sp, accessToken } = await servicePrincipalToken('Reader')
    const principal = await authenticateArmRequest(withBearer(accessToken))
    expect(principal).toEqual({ id: sp.objectId, tenantId, type: 'ServicePrincipal' })
    expect(await hasPermission(db, principal, subscriptionScope(subscriptionId), 'containerGroups.read')).toBe(true)
    expect(await hasPermission(db, principal, subscriptionScope(subscriptionId), 'containerGroups.write')).toBe(false)
  })

  it('refuses a missing or malformed Authorization header', async () => {
    await expectArmError(authenticateArmRequest(new Request('https://localhost:3443/subscriptions')), 'AuthenticationFailed')
    await expectArmError(authenticateArmRequest(new Request('https://localhost:3443/', { headers: { authorization: 'Basic abc' } })), 'AuthenticationFailed')
  })

  it('refuses a forged, garbled or expired token', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const forged = await new SignJWT({ tid: tenantId, oid: userId, idtyp: 'user' }).setProtectedHeader({ alg: 'RS256' }).setExpirationTime('1h').sign(privateKey)
    await expectArmError(authenticateArmRequest(withBearer(forged)), 'InvalidAuthenticationToken')
    await expectArmError(authenticateArmRequest(withBearer('not.a.jwt')), 'InvalidAuthenticationToken')
    const key = await getSigningKey()
    const past = Math.floor(Date.now() / 1000) - 7200
    const expired = await new SignJWT({ tid: tenantId, oid: userId, idtyp: 'user' })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuedAt(past)
      .setExpirationTime(past + 3600)
      .sign(key.privateKey)
    await expectArmError(authenticateArmRequest(withBearer(expired)), 'ExpiredAuthenticationToken')
  })

  it('stops accepting a token once its service principal is deleted', async () => {
    const { sp, accessToken } = await servicePrincipalToken('Contributor')
    await db.servicePrincipal.delete({ where: { id: sp.objectId } })
    await expectArmError(authenticateArmRequest(withBearer(accessToken)), 'InvalidAuthenticationToken')
  })

  it('accepts personal access tokens as their user until they expire', async () => {
    const pat = await createPersonalAccessToken({ userId, name: 'curl' })
    expect(await authenticateArmRequest(withBearer(pat.token))).toEqual({ id: userId, tenantId, type: 'User' })
    await expectArmError(authenticateArmRequest(withBearer(pat.token + 'x')), 'InvalidAuthenticationToken')
    const expired = await createPersonalAccessToken({ userId, name: 'old', expiresAt: new Date(Date.now() - 1000) })
    await expectArmError(authenticateArmRequest(withBearer(expired.token)), 'ExpiredAuthenticationToken')
  })
})
