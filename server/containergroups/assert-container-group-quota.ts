// Azure's per-subscription, per-region ACI quotas (ContainerGroups, StandardCores). Runs inside the
// create transaction behind an advisory lock on (subscription, region), so two creates racing for
// the last slot cannot both get it.
import type { Tx } from '../db/client'
import { ArmError } from '../arm/errors'
import { getLocationUsage, locationQuota } from './get-location-usage'

function quotaError(quota: string, region: string, limit: number, usage: number, requested: number) {
  return new ArmError(
    'ContainerGroupQuotaReached',
    `Resource type 'Microsoft.ContainerInstance/containerGroups' container group quota '${quota}' exceeded in region '${region}'. Limit: '${limit}', Usage: '${usage}' Requested: '${requested}'.`,
  )
}

export async function assertContainerGroupQuota({ tx, subscriptionId, location, cpuMillicores }: { tx: Tx; subscriptionId: string; location: string; cpuMillicores: number }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`aci-quota:${subscriptionId}:${location}`})::bigint)`
  const usage = await getLocationUsage({ subscriptionId, location, client: tx })
  const quota = locationQuota()
  if (usage.containerGroups + 1 > quota.containerGroups) throw quotaError('ContainerGroups', location, quota.containerGroups, usage.containerGroups, 1)
  const cores = cpuMillicores / 1000
  if (usage.standardCores + cores > quota.standardCores) throw quotaError('StandardCores', location, quota.standardCores, usage.standardCores, cores)
}
