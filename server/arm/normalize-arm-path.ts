// ARM paths are case-insensitive (the ACI SDK sends `resourceGroups`, arm-resources sends
// `resourcegroups`), but Next's file-system routes are not. The fixed segments are rewritten to the
// lower case the app/ folders use; resource names keep the caller's spelling, because ARM echoes
// names back as they were created. The walk is positional so a resource group called "Providers"
// or a container called "logs" stays a name.

const FIXED_SEGMENTS = new Set([
  'subscriptions',
  'tenants',
  'resourcegroups',
  'providers',
  'containergroups',
  'containers',
  'logs',
  'exec',
  'attach',
  'restart',
  'stop',
  'start',
  'locations',
  'operations',
  'usages',
  'cachedimages',
  'capabilities',
  'operationresults',
  'outboundnetworkdependenciesendpoints',
  'exporttemplate',
  'resources',
])

const PROVIDER_NAMESPACES = new Set(['microsoft.containerinstance', 'microsoft.resources'])

// Keys that stand alone (an action or a collection) rather than being followed by a name.
const ACTION_SEGMENTS = new Set(['logs', 'exec', 'attach', 'restart', 'stop', 'start', 'usages', 'cachedimages', 'capabilities', 'outboundnetworkdependenciesendpoints', 'exporttemplate'])

const ARM_PREFIX = /^\/(subscriptions|providers|tenants)(\/|$)/i

export function isArmPath(pathname: string): boolean {
  return ARM_PREFIX.test(pathname)
}

/** The pathname with ARM's fixed segments lower-cased, or null when nothing changes (or it is not an ARM path). */
export function normalizeArmPath(pathname: string): string | null {
  if (!isArmPath(pathname)) return null
  const segments = pathname.split('/')
  let expectKey = true
  let afterProviders = false
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]
    if (segment === '') continue
    const lower = segment.toLowerCase()
    if (afterProviders) {
      if (PROVIDER_NAMESPACES.has(lower)) segments[i] = lower
      afterProviders = false
      expectKey = true
      continue
    }
    if (!expectKey) {
      expectKey = true
      continue
    }
    if (!FIXED_SEGMENTS.has(lower)) {
      // An unknown key: leave the rest of the path alone, the router answers it.
      break
    }
    segments[i] = lower
    afterProviders = lower === 'providers'
    expectKey = ACTION_SEGMENTS.has(lower)
  }
  const normalized = segments.join('/')
  return normalized === pathname ? null : normalized
}
