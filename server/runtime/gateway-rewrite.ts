// Which requests the root proxy hands to the FQDN gateway: exactly those whose Host is under the
// container DNS zone (e.g. mycontainer.eastus.aci.localhost:3000). Pure and free of Node-only
// imports so the proxy stays light; the route handler does the rest.

export const GATEWAY_HOST_HEADER = 'x-cerulean-gateway-host'
export const GATEWAY_URL_HEADER = 'x-cerulean-gateway-url'
export const GATEWAY_ROUTE = '/api/gateway'

export function isGatewayHost(host: string | null, zone: string): boolean {
  if (!host) return false
  const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
  return name.endsWith(`.${zone.toLowerCase()}`)
}

/** The internal path and headers for a gateway request, or null when the host is not a container FQDN. */
export function gatewayRewrite({ host, pathname, search, zone }: { host: string | null; pathname: string; search: string; zone: string }) {
  if (!host || !isGatewayHost(host, zone)) return null
  return {
    pathname: pathname === '/' ? GATEWAY_ROUTE : `${GATEWAY_ROUTE}${pathname}`,
    headers: { [GATEWAY_HOST_HEADER]: host, [GATEWAY_URL_HEADER]: `${pathname}${search}` },
  }
}
