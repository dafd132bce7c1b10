// The caller of an ARM API request, from its bearer token: a JWT from Cerulean's token
// service or a personal access token. Every ARM route calls this before anything else.
// Failures are 401 ArmErrors; the API must not add a WWW-Authenticate header, which would
// send the SDKs into their claims-challenge re-authentication path (ACI-REFERENCE §9.7).
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { verifyAccessToken } from './verify-access-token'
import { PERSONAL_ACCESS_TOKEN_PREFIX, principalForPersonalAccessToken } from './personal-access-tokens'

export async function authenticateArmRequest(request: Request): Promise<TPrincipal> {
  const header = request.headers.get('authorization')
  if (!header) throw new ArmError('AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.")
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (!match) throw new ArmError('AuthenticationFailed', "Authentication failed. The 'Authorization' header is provided in an invalid format.")
  const token = match[1]
  if (token.startsWith(PERSONAL_ACCESS_TOKEN_PREFIX)) return principalForPersonalAccessToken(token)

  const claims = await verifyAccessToken(token)
  // The token is checked against the database too: a deleted service principal or user
  // must lose access at once, not when its token expires.
  if (claims.idtyp === 'app') {
    const servicePrincipal = await db.servicePrincipal.findFirst({ where: { id: claims.oid, tenantId: claims.tid }, select: { id: true, tenantId: true } })
    if (servicePrincipal) return { id: servicePrincipal.id, tenantId: servicePrincipal.tenantId, type: 'ServicePrincipal' }
  } else {
    const user = await db.user.findFirst({ where: { id: claims.oid, tenantId: claims.tid }, select: { id: true, tenantId: true } })
    if (user) return { id: user.id, tenantId: user.tenantId, type: 'User' }
  }
  throw new ArmError('InvalidAuthenticationToken', 'The access token is invalid: its principal no longer exists.')
}
