// Root proxy. ARM part: rewrite ARM paths to the lower-case folder spelling under app/
// (ARM is case-insensitive, the router is not). Other parts (the FQDN gateway) are merged in
// by their owners; keep the ARM rewrite first so the API never depends on later logic.
// The one exception is the gateway, which is decided by Host alone: a container's FQDN must
// never reach the portal or the API, whatever its path looks like.
import { NextResponse, type NextRequest } from 'next/server'
import { env } from './server/env'
import { gatewayRewrite } from './server/runtime/gateway-rewrite'
import { normalizeArmPath } from './server/arm/normalize-arm-path'
import { identityRewritePath } from './server/identity/identity-rewrite-path'

export function proxy(request: NextRequest) {
  const gateway = gatewayRewrite({
    host: request.headers.get('host'),
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    zone: env.CERULEAN_DNS_ZONE,
  })
  if (gateway) {
    const url = request.nextUrl.clone()
    url.pathname = gateway.pathname
    url.search = ''
    const headers = new Headers(request.headers)
    for (const [name, value] of Object.entries(gateway.headers)) headers.set(name, value)
    return NextResponse.rewrite(url, { request: { headers } })
  }

  const normalized = normalizeArmPath(request.nextUrl.pathname)
  if (normalized !== null) {
    const url = request.nextUrl.clone()
    url.pathname = normalized // nextUrl keeps the query string (api-version, $skiptoken, …)
    return NextResponse.rewrite(url)
  }

  // Identity part: the token service's /{tenant}/… and /metadata/endpoints URLs live
  // under app/api/identity/ (see server/identity/identity-rewrite-path.ts).
  const identityPath = identityRewritePath(request.nextUrl.pathname)
  if (identityPath !== null) {
    const url = request.nextUrl.clone()
    url.pathname = identityPath
    return NextResponse.rewrite(url)
  }
  return NextResponse.next()
}
