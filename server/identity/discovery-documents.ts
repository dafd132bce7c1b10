// The metadata documents clients read before asking for a token. Every URL in them is on
// the origin the client used: MSAL rejects an issuer on another host than its authority,
// and az derives its login endpoint from /metadata/endpoints (ACI-REFERENCE §11).
import { getSigningKey } from './signing-key'

/** `adfs` or a tenant segment from the URL (a tenant id, `common`, `organizations`). */
export type TAuthorityTenant = string

export function isAdfs(tenant: TAuthorityTenant): boolean {
  return tenant.toLowerCase() === 'adfs'
}

/** The issuer Cerulean puts into tokens from this authority and announces in its OpenID configuration. */
export function issuerFor(origin: string, tenant: TAuthorityTenant, version: 'v1' | 'v2'): string {
  if (isAdfs(tenant)) return `${origin}/adfs`
  return version === 'v2' ? `${origin}/${tenant}/v2.0` : `${origin}/${tenant}/`
}

export function openIdConfiguration({ origin, tenant, version }: { origin: string; tenant: TAuthorityTenant; version: 'v1' | 'v2' }) {
  const base = `${origin}/${isAdfs(tenant) ? 'adfs' : tenant}`
  const v2 = version === 'v2' && !isAdfs(tenant)
  return {
    issuer: issuerFor(origin, tenant, version),
    authorization_endpoint: v2 ? `${base}/oauth2/v2.0/authorize` : `${base}/oauth2/authorize`,
    token_endpoint: v2 ? `${base}/oauth2/v2.0/token` : `${base}/oauth2/token`,
    jwks_uri: isAdfs(tenant) ? `${base}/discovery/keys` : v2 ? `${base}/discovery/v2.0/keys` : `${base}/discovery/keys`,
    response_types_supported: ['code', 'token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    grant_types_supported: ['client_credentials'],
    scopes_supported: ['openid'],
    tenant_region_scope: null,
    cloud_instance_name: 'cerulean.local',
  }
}

// Azure Stack Hub answers this for `az cloud register`: a login endpoint ending in /adfs
// makes az (and MSAL) treat the cloud as ADFS and skip Microsoft's instance discovery,
// which would need the internet.
export function metadataEndpoints(origin: string) {
  const root = `${origin}/`
  return {
    galleryEndpoint: root,
    graphEndpoint: root,
    graphAudience: root,
    portalEndpoint: root,
    resourceManager: root,
    authentication: { loginEndpoint: `${origin}/adfs`, audiences: [root] },
  }
}

export async function jsonWebKeySet(dataDir?: string) {
  const key = await getSigningKey(dataDir)
  return { keys: [key.publicJwk] }
}
