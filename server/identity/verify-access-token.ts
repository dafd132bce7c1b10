// Checks a bearer token's signature and lifetime. The issuer and audience are not
// compared with this server's origin: one client reaches it as localhost, another as
// 127.0.0.1, and az and the SDKs ask for different audiences (ACI-REFERENCE §11).
import { errors, jwtVerify } from 'jose'
import { z } from 'zod'
import { ArmError } from '../arm/errors'
import { getSigningKey, SIGNING_ALGORITHM } from './signing-key'

const ZAccessTokenClaims = z.object({
  tid: z.uuid(),
  oid: z.uuid(),
  idtyp: z.enum(['app', 'user']),
  appid: z.string().optional(),
  exp: z.number(),
})
export type TAccessTokenClaims = z.infer<typeof ZAccessTokenClaims>

// Tolerates clocks a little apart, as ARM does, without accepting long-expired tokens.
const CLOCK_TOLERANCE_SECONDS = 60

export async function verifyAccessToken(token: string, dataDir?: string): Promise<TAccessTokenClaims> {
  const key = await getSigningKey(dataDir)
  try {
    const { payload } = await jwtVerify(token, key.publicKey, { algorithms: [SIGNING_ALGORITHM], clockTolerance: CLOCK_TOLERANCE_SECONDS })
    const claims = ZAccessTokenClaims.safeParse(payload)
    if (claims.success) return claims.data
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const expiredAt = new Date(Number(error.payload.exp) * 1000).toISOString()
      throw new ArmError(
        'ExpiredAuthenticationToken',
        `The access token expiry UTC time '${expiredAt}' is earlier than current UTC time '${new Date().toISOString()}'.`,
      )
    }
  }
  throw new ArmError('InvalidAuthenticationToken', 'The access token is invalid.')
}
