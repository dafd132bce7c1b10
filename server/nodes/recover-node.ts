// Undo failNode: the agent heartbeats the node again and the monitor marks it Ready (or
// Cordoned) on its next round. The groups that moved away stay where they are now.
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'
import { assertNodePoolAdmin } from './assert-node-pool-admin'
import { getNodeOrThrow } from './get-node-or-throw'

export async function recoverNode({ principal, nodeName }: { principal: TPrincipal; nodeName: string }) {
  await assertNodePoolAdmin(principal)
  await getNodeOrThrow({ client: db, nodeName })
  return db.node.update({ where: { name: nodeName }, data: { heartbeatPaused: false } })
}
