// "Fail this node" for incident rehearsals: its agent keeps the lease but stops its heartbeat,
// so the node monitor sees what it would see if the machine died: NotReady after the timeout,
// then its groups rescheduled elsewhere. recoverNode brings the heartbeat back.
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'
import { assertNodePoolAdmin } from './assert-node-pool-admin'
import { getNodeOrThrow } from './get-node-or-throw'

export async function failNode({ principal, nodeName }: { principal: TPrincipal; nodeName: string }) {
  await assertNodePoolAdmin(principal)
  await getNodeOrThrow({ client: db, nodeName })
  return db.node.update({ where: { name: nodeName }, data: { heartbeatPaused: true } })
}
