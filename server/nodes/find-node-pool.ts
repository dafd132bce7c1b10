// The node pool as the admin page and GET /api/node-pool show it: every node per region with
// its state, allocation and the agent holding it, plus the live agents.
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'
import { env } from '../env'
import { assertNodePoolAdmin } from './assert-node-pool-admin'

export type TNodePoolNode = Awaited<ReturnType<typeof findNodePool>>['regions'][number]['nodes'][number]

export async function findNodePool({ principal }: { principal: TPrincipal }) {
  await assertNodePoolAdmin(principal)
  const [nodes, placements, agents] = await Promise.all([
    db.node.findMany({ orderBy: [{ region: 'asc' }, { name: 'asc' }] }),
    db.placement.groupBy({ by: ['nodeId'], _count: { _all: true } }),
    db.nodeAgent.findMany({
      where: { heartbeatAt: { gt: new Date(Date.now() - env.CERULEAN_NODE_LEASE_MS) } },
      orderBy: { startedAt: 'asc' },
    }),
  ])
  const groupsByNode = new Map(placements.map((p) => [p.nodeId, p._count._all]))
  const regions = new Map<string, Array<(typeof nodes)[number] & { containerGroups: number }>>()
  for (const node of nodes) {
    const list = regions.get(node.region) ?? []
    list.push({ ...node, containerGroups: groupsByNode.get(node.id) ?? 0 })
    regions.set(node.region, list)
  }
  return {
    regions: [...regions].map(([region, regionNodes]) => ({ region, nodes: regionNodes })),
    agents: agents.map((agent) => ({ ...agent, nodes: nodes.filter((n) => n.agentId === agent.id).length })),
  }
}
