// The FQDN gateway's route trusts the x-cerulean-gateway-* headers to say which container group
// a request is for. Only the proxy's own rewrite may set them: a browser that sent them, or
// called /api/gateway directly, could otherwise reach any group's simulated server.
import { GATEWAY_ROUTE } from '../runtime/gateway-rewrite'

const GATEWAY_HEADER_PREFIX = 'x-cerulean-gateway-'

/** A request that names the gateway's internal route itself instead of arriving by a container FQDN. */
export function isDirectGatewayRequest(pathname: string): boolean {
  return pathname.toLowerCase().startsWith(GATEWAY_ROUTE)
}

/** The request headers without any gateway header, or null when there was none to drop. */
export function withoutGatewayHeaders(headers: Headers): Headers | null {
  const names = [...headers.keys()].filter((name) => name.toLowerCase().startsWith(GATEWAY_HEADER_PREFIX))
  if (names.length === 0) return null
  const cleaned = new Headers(headers)
  for (const name of names) cleaned.delete(name)
  return cleaned
}
