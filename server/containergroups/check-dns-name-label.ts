// "DNS name label not available" in the wizard, before submit. The unique constraint on
// ContainerGroup.fqdn is what makes it race-safe; this is the early, friendly check.
import { db } from '../db/client'
import { env } from '../env'
import type { TPrincipal } from '../auth/permissions'
import { buildFqdn } from '../dns/fqdn'
import { normalizeRegion } from '../arm/regions'
import { ZDnsNameLabel, type TDnsNameLabelScope } from './schemas'

export async function checkDnsNameLabel({
  principal,
  subscriptionId,
  resourceGroupName,
  location,
  label,
  scope,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  location: string
  label: string
  scope: TDnsNameLabelScope
}): Promise<{ available: boolean; fqdn?: string; message?: string }> {
  const parsed = ZDnsNameLabel.safeParse(label)
  if (!parsed.success) return { available: false, message: parsed.error.issues[0].message }
  const region = normalizeRegion(location)
  if (!region) return { available: false, message: `Unknown region '${location}'.` }
  // No reuse draws a fresh hash per deployment, so it is always available.
  if (scope === 'Noreuse') return { available: true }
  const fqdn = buildFqdn({ label, scope, region, zone: env.CERULEAN_DNS_ZONE, inputs: { tenantId: principal.tenantId, subscriptionId, resourceGroupName } })
  const taken = await db.containerGroup.findUnique({ where: { fqdn }, select: { id: true } })
  return taken ? { available: false, fqdn, message: 'DNS name label not available. Try using a different label.' } : { available: true, fqdn }
}
