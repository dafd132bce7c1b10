// Root proxy: every request passes here before routing, and is sent to one of three places.
// 1. The FQDN gateway, decided by Host alone and checked first: a container's FQDN must never
//    reach the portal or the API, whatever its path looks like (a group serving /subscriptions/…
//    or /signin is still the group). Requests on any other host may not impersonate it: the
//    gateway's route and its headers are refused or dropped (server/proxy/gateway-spoofing.ts).
// 2. ARM paths, rewritten to the lower-case folder spelling under app/ (ARM is case-insensitive,
//    the router is not).
// 3. The token service's /{tenant}/… and /metadata/endpoints URLs, which live under
//    app/api/identity/ (see server/identity/identity-rewrite-path.ts).
import { NextResponse, type NextRequest } from 'next/server'
import { env } from './server/env'
import { gatewayRewrite } from './server/runtime/gateway-rewrite'
import { isDirectGatewayRequest, withoutGatewayHeaders } from './server/proxy/gateway-spoofing'
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

  if (isDirectGatewayRequest(request.nextUrl.pathname)) return new NextResponse(null, { status: 404 })
  const cleanedHeaders = withoutGatewayHeaders(request.headers)
  const forwarded = cleanedHeaders ? { request: { headers: cleanedHeaders } } : undefined

  const normalized = normalizeArmPath(request.nextUrl.pathname)
  if (normalized !== null) {
    const url = request.nextUrl.clone()
    url.pathname = normalized // nextUrl keeps the query string (api-version, $skiptoken, …)
    return NextResponse.rewrite(url, forwarded)
  }

  const identityPath = identityRewritePath(request.nextUrl.pathname)
  if (identityPath !== null) {
    const url = request.nextUrl.clone()
    url.pathname = identityPath
    return NextResponse.rewrite(url, forwarded)
  }
  return NextResponse.next(forwarded)
}
