// The HTTP side of the token endpoint, shared by its v1, v2 and ADFS routes: reads the
// OAuth form (or HTTP Basic client authentication), runs the exchange and answers in
// the identity platform's JSON shapes, never in ARM's error envelope.
import { publicOrigin } from '../arm/public-origin'
import { exchangeClientCredentials } from './exchange-client-credentials'
import { IdentityError, isIdentityError } from './identity-error'
import { ZTokenRequest } from './schemas'

// Token responses must never be cached by anything between client and server (RFC 6749 §5.1).
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' }

// RFC 6749 §2.3.1: both halves of Basic client credentials are form-urlencoded. A malformed
// escape is a bad credential (401), not a server failure.
function decodeCredential(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    throw new IdentityError('invalid_client', 7000215, 'Invalid client secret provided. The client credentials in the Authorization header are not validly encoded.')
  }
}

function basicCredentials(header: string | null) {
  const match = header && /^Basic\s+(\S+)$/i.exec(header)
  if (!match) return {}
  const [id, ...rest] = Buffer.from(match[1], 'base64').toString('utf8').split(':')
  return { client_id: decodeCredential(id), client_secret: decodeCredential(rest.join(':')) }
}

async function readForm(request: Request) {
  const fields = Object.fromEntries(new URLSearchParams(await request.text()))
  return ZTokenRequest.parse({ ...basicCredentials(request.headers.get('authorization')), ...fields })
}

export async function handleTokenRequest(request: Request, tenant: string, version: 'v1' | 'v2'): Promise<Response> {
  try {
    const form = await readForm(request)
    const body = await exchangeClientCredentials({ tenant, version, origin: publicOrigin(request), form })
    return Response.json(body, { headers: NO_STORE })
  } catch (error) {
    if (isIdentityError(error)) return Response.json(error.toBody(), { status: error.status, headers: NO_STORE })
    console.error('token request failed', error)
    const failure = new IdentityError('invalid_request', 90100, 'The token request could not be processed. Try again.')
    return Response.json({ ...failure.toBody(), error: 'temporarily_unavailable' }, { status: 503, headers: NO_STORE })
  }
}
