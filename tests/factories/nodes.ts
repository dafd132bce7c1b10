// The simulated node pool: nodes per region (and OS) with CPU and memory capacity. Used by
// integration tests and by prisma/seed.ts, so both build the pool the same way.
import type { Db } from '../../server/db/client'
import { REGION_NAMES } from '../../server/arm/regions'
import { nodeName } from '../../server/nodes/node-name'

export type TSeedNodePoolOptions = {
  client: Db
  regions?: readonly string[]
  nodesPerRegion?: number
  cpuCores?: number
  memoryGb?: number
  osTypes?: readonly ('Linux' | 'Windows')[]
}

export { nodeName }

/** Creates the nodes that do not exist yet (by name) and returns every node of the pool. */
export async function seedNodePool({
  client,
  regions = REGION_NAMES,
  nodesPerRegion = 3,
  cpuCores = 16,
  memoryGb = 64,
  osTypes = ['Linux', 'Windows'],
}: TSeedNodePoolOptions) {
  const data = regions.flatMap((region) =>
    osTypes.flatMap((osType) =>
      Array.from({ length: nodesPerRegion }, (_, index) => ({
        name: nodeName(region, osType, index),
        region,
        osType,
        cpuCapacityMillicores: Math.round(cpuCores * 1000),
        memoryCapacityMb: Math.round(memoryGb * 1024),
      })),
    ),
  )
  await client.node.createMany({ data, skipDuplicates: true })
  return client.node.findMany({ where: { name: { in: data.map((node) => node.name) } }, orderBy: { name: 'asc' } })
}
