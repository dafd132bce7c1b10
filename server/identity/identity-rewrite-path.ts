// The identity platform's URLs start with a tenant segment (/adfs/…, /{tenant-id}/…,
// /common/…), which cannot be a top-level folder under app/ beside the portal's routes.
// proxy.ts rewrites them onto app/api/identity/ with this function.
const TENANT_PATH = /^\/(adfs|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|common|organizations)\/(v2\.0\/\.well-known\/openid-configuration|\.well-known\/openid-configuration|oauth2\/v2\.0\/token|oauth2\/token|discovery\/.+)$/i
// az joins its ARM endpoint and "/metadata/endpoints", giving "//metadata" after a trailing slash.
const METADATA_PATH = /^\/\/?metadata\/endpoints\/?$/i

/** The app/api/identity/ path for an identity-platform URL, or null when it is none. */
export function identityRewritePath(pathname: string): string | null {
  if (METADATA_PATH.test(pathname)) return '/api/identity/metadata/endpoints'
  const match = TENANT_PATH.exec(pathname)
  if (!match) return null
  const tenant = match[1].toLowerCase()
  return `/api/identity/${tenant}/${match[2]}`
}
