// Signs an access token with the claims ARM-facing clients look at. az decodes it without
// checking the signature and reads `tid` (and `appid`/`oid`); Cerulean itself verifies it
// on every API call (verify-access-token.ts).
import { randomBytes } from 'node:crypto'
import { SignJWT } from 'jose'
import { getSigningKey, SIGNING_ALGORITHM } from './signing-key'

// Microsoft's tokens live an hour and report expires_in 3599: the client refreshes a
// little before the token stops working.
export const TOKEN_LIFETIME_SECONDS = 3600
export const EXPIRES_IN_SECONDS = 3599

export type TTokenSubject = { objectId: string; tenantId: string; appId?: string; type: 'app' | 'user' }

export type TIssueAccessTokenOptions = { subject: TTokenSubject; audience: string; issuer: string; version: '1.0' | '2.0'; dataDir?: string }

export async function issueAccessToken({ subject, audience, issuer, version, dataDir }: TIssueAccessTokenOptions) {
  const key = await getSigningKey(dataDir)
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    tid: subject.tenantId,
    oid: subject.objectId,
    idtyp: subject.type,
    ver: version,
    // A v1 token names the client in appid, a v2 token in azp; clients read either.
    ...(subject.appId ? (version === '1.0' ? { appid: subject.appId } : { azp: subject.appId, appid: subject.appId }) : {}),
    // A unique token id, as Entra ID's uti claim, so two tokens issued in one second differ.
    uti: randomBytes(16).toString('base64url'),
  }
  const accessToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT', kid: key.kid })
    .setSubject(subject.objectId)
    .setAudience(audience)
    .setIssuer(issuer)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + TOKEN_LIFETIME_SECONDS)
    .sign(key.privateKey)
  return { accessToken, expiresIn: EXPIRES_IN_SECONDS, expiresOn: now + TOKEN_LIFETIME_SECONDS }
}
