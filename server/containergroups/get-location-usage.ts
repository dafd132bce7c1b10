// ACI usage per subscription and region, as Location_ListUsage reports it and as the create
// path checks against the quota. Stopped groups still count, as in Azure where quota is about
// what exists, not what runs.
import type { Db, Tx } from '../db/client'
import { db as defaultDb } from '../db/client'
import { env } from '../env'

export type TLocationUsage = { containerGroups: number; standardCores: number }

export async function getLocationUsage({ subscriptionId, location, client = defaultDb }: { subscriptionId: string; location: string; client?: Db | Tx }): Promise<TLocationUsage> {
  const usage = await client.containerGroup.aggregate({
    where: { subscriptionId, location },
    _count: { _all: true },
    _sum: { cpuMillicores: true },
  })
  return { containerGroups: usage._count._all, standardCores: (usage._sum.cpuMillicores ?? 0) / 1000 }
}

export function locationQuota() {
  return { containerGroups: env.ACI_QUOTA_CONTAINER_GROUPS, standardCores: env.ACI_QUOTA_STANDARD_CORES }
}
