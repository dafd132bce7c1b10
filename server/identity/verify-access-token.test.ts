// verifyAccessToken keeps the claims of tokens it has verified; a kept token must still expire
// on time, and no other text (a tampered copy, another key's token) may profit from it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { ArmError } from '../arm/errors'
import { issueAccessToken } from './issue-access-token'
import { verifyAccessToken } from './verify-access-token'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-verify-'))
const otherDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-verify-'))
const subject = { objectId: crypto.randomUUID(), tenantId: crypto.randomUUID(), type: 'user' as const }

function issue(root = dataDir) {
  return issueAccessToken({ subject, audience: 'https://management.azure.com/', issuer: 'https://localhost:3443/adfs', version: '1.0', dataDir: root })
}

async function armErrorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  return error instanceof ArmError ? error.code : `no ArmError: ${String(error)}`
}

afterEach(() => {
  vi.useRealTimers()
})

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(otherDataDir, { recursive: true, force: true })
})

describe('verifyAccessToken', () => {
  it('answers the same claims for a token it has verified before', async () => {
    const { accessToken } = await issue()
    const first = await verifyAccessToken(accessToken, dataDir)
    expect(first).toMatchObject({ oid: subject.objectId, tid: subject.tenantId, idtyp: 'user' })
    expect(await verifyAccessToken(accessToken, dataDir)).toEqual(first)
  })

  it('refuses a tampered copy of a verified token', async () => {
    const { accessToken } = await issue()
    await verifyAccessToken(accessToken, dataDir)
    const [header, payload, signature] = accessToken.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    const tampered = [header, Buffer.from(JSON.stringify({ ...claims, oid: crypto.randomUUID() })).toString('base64url'), signature].join('.')
    expect(await armErrorCode(verifyAccessToken(tampered, dataDir))).toBe('InvalidAuthenticationToken')
  })

  it('keeps verified tokens apart per signing key', async () => {
    const { accessToken } = await issue()
    await verifyAccessToken(accessToken, dataDir)
    expect(await armErrorCode(verifyAccessToken(accessToken, otherDataDir))).toBe('InvalidAuthenticationToken')
  })

  it('still expires a token it has verified before', async () => {
    const { accessToken, expiresOn } = await issue()
    await verifyAccessToken(accessToken, dataDir)
    vi.useFakeTimers({ toFake: ['Date'] })
    // Within the clock tolerance the token still works; past it, it has expired.
    vi.setSystemTime((expiresOn + 30) * 1000)
    expect((await verifyAccessToken(accessToken, dataDir)).exp).toBe(expiresOn)
    vi.setSystemTime((expiresOn + 61) * 1000)
    expect(await armErrorCode(verifyAccessToken(accessToken, dataDir))).toBe('ExpiredAuthenticationToken')
    // Once dropped from the kept tokens, the signature check itself answers the same.
    expect(await armErrorCode(verifyAccessToken(accessToken, dataDir))).toBe('ExpiredAuthenticationToken')
  })
})
