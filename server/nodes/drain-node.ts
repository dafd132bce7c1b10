// Drain: cordon the node, then move every container group on it elsewhere (kubectl drain).
// Each group is evicted in its own transaction; an eviction that finds the group already gone
// from the node (stopped, finished, evicted by the monitor) simply does nothing.
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'
import { cordonNode } from './cordon-node'
import { evictContainerGroup } from './evict-container-group'

export async function drainNode({ principal, nodeName }: { principal: TPrincipal; nodeName: string }) {
  const node = await cordonNode({ principal, nodeName })
  const placements = await db.placement.findMany({ where: { nodeId: node.id }, select: { containerGroupId: true } })
  let evicted = 0
  for (const { containerGroupId } of placements) {
    if ((await evictContainerGroup({ client: db, containerGroupId, nodeId: node.id, reason: 'NodeDrained' })) !== null) evicted++
  }
  return { node, evicted }
}
