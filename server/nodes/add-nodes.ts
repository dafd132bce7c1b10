// Grows the pool: new nodes in a region, named after the last one there. They start without an
// agent; the agents take them on their next lease round (a couple of seconds) and heartbeat them.
import type { TPrincipal } from '../auth/permissions'
import { parseOrThrow } from '../arm/parse'
import { db } from '../db/client'
import { assertNodePoolAdmin } from './assert-node-pool-admin'
import { nodeName } from './node-name'
import { ZAddNodesInput, type TAddNodesInput } from './schemas'

export async function addNodes({ principal, input }: { principal: TPrincipal; input: TAddNodesInput }) {
  await assertNodePoolAdmin(principal)
  const data = parseOrThrow(ZAddNodesInput, input)
  const prefix = nodeName(data.region, data.osType, 0).replace(/000$/, '')
  const existing = await db.node.findMany({ where: { name: { startsWith: prefix } }, select: { name: true } })
  const highest = Math.max(-1, ...existing.map((n) => Number(n.name.slice(prefix.length))).filter(Number.isFinite))
  const nodes = Array.from({ length: data.count }, (_, i) => ({
    name: nodeName(data.region, data.osType, highest + 1 + i),
    region: data.region,
    osType: data.osType,
    labels: data.labels,
    cpuCapacityMillicores: data.cpuCores * 1000,
    memoryCapacityMb: data.memoryGb * 1024,
    gpuCapacity: data.gpuCount,
  }))
  await db.node.createMany({ data: nodes, skipDuplicates: true })
  return { added: nodes.map((n) => n.name) }
}
