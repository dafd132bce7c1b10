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

// An RS256 signature check costs more CPU than the rest of authentication, and a client sends
// the same token for up to an hour. So the claims of a token that verified are kept, by the
// token's exact text, and a later call with that text skips only the signature: expiry is
// checked on every use, and authenticate-arm-request.ts still loads the principal each time,
// so a deleted principal loses access at once. Bounded, oldest entry out first.
const VERIFIED_TOKENS_KEPT = 1000
const verifiedTokens = new Map<string, TAccessTokenClaims>()

function expiredError(exp: number): ArmError {
  const expiredAt = new Date(exp * 1000).toISOString()
  return new ArmError('ExpiredAuthenticationToken', `The access token expiry UTC time '${expiredAt}' is earlier than current UTC time '${new Date().toISOString()}'.`)
}

function rememberVerified(cacheKey: string, claims: TAccessTokenClaims) {
  if (verifiedTokens.size >= VERIFIED_TOKENS_KEPT) verifiedTokens.delete(verifiedTokens.keys().next().value!)
  verifiedTokens.set(cacheKey, claims)
}

export async function verifyAccessToken(token: string, dataDir?: string): Promise<TAccessTokenClaims> {
  const cacheKey = `${dataDir ?? ''}\0${token}`
  const known = verifiedTokens.get(cacheKey)
  if (known) {
    // The same rule as jose's: expired once exp is at or before now, less the tolerance.
    if (known.exp > Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_SECONDS) return known
    verifiedTokens.delete(cacheKey)
    throw expiredError(known.exp)
  }
  const key = await getSigningKey(dataDir)
  try {
    const { payload } = await jwtVerify(token, key.publicKey, { algorithms: [SIGNING_ALGORITHM], clockTolerance: CLOCK_TOLERANCE_SECONDS })
    const claims = ZAccessTokenClaims.safeParse(payload)
    if (claims.success) {
      rememberVerified(cacheKey, Object.freeze(claims.data))
      return claims.data
    }
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw expiredError(Number(error.payload.exp))
  }
  throw new ArmError('InvalidAuthenticationToken', 'The access token is invalid.')
}
