// Uncordon: the scheduler may place groups on the node again.
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'
import { assertNodePoolAdmin } from './assert-node-pool-admin'
import { getNodeOrThrow } from './get-node-or-throw'

export async function uncordonNode({ principal, nodeName }: { principal: TPrincipal; nodeName: string }) {
  await assertNodePoolAdmin(principal)
  const node = await getNodeOrThrow({ client: db, nodeName })
  await db.$executeRaw`
    UPDATE "Node" SET cordoned = false, state = CASE WHEN state = 'Cordoned' THEN 'Ready' ELSE state END WHERE id = ${node.id}::uuid`
  return getNodeOrThrow({ client: db, nodeName })
}
