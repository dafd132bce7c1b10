// Personal access tokens: `Authorization: Bearer cer_pat_…` for curl and scripts that
// act as a user without an OAuth flow. The prefix lets the API tell them from JWTs at a
// glance (and secret scanners find them). Only a SHA-256 digest is stored: the token is 256
// random bits, so no slow hash is needed, and a request finds its token in one lookup.
import { createHash, randomBytes } from 'node:crypto'
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'

export const PERSONAL_ACCESS_TOKEN_PREFIX = 'cer_pat_'

// Writing lastUsedAt on every call would turn each GET into a write; once a minute is enough.
const LAST_USED_RESOLUTION_MS = 60_000

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createPersonalAccessToken({ userId, name, expiresAt }: { userId: string; name: string; expiresAt?: Date }) {
  const token = PERSONAL_ACCESS_TOKEN_PREFIX + randomBytes(32).toString('base64url')
  const record = await db.personalAccessToken.create({ data: { userId, name, tokenHash: digest(token), expiresAt } })
  return { id: record.id, name: record.name, token, expiresAt: record.expiresAt }
}

export async function principalForPersonalAccessToken(token: string): Promise<TPrincipal> {
  const record = await db.personalAccessToken.findUnique({ where: { tokenHash: digest(token) }, include: { user: true } })
  if (!record) throw new ArmError('InvalidAuthenticationToken', 'The access token is invalid.')
  if (record.expiresAt && record.expiresAt.getTime() < Date.now()) {
    throw new ArmError(
      'ExpiredAuthenticationToken',
      `The access token expiry UTC time '${record.expiresAt.toISOString()}' is earlier than current UTC time '${new Date().toISOString()}'.`,
    )
  }
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.personalAccessToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } })
  }
  return { id: record.user.id, tenantId: record.user.tenantId, type: 'User' }
}
