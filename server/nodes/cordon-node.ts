// Cordon: the node keeps running what it has, but the scheduler places nothing new on it.
import type { TPrincipal } from '../auth/permissions'
import { db } from '../db/client'
import { assertNodePoolAdmin } from './assert-node-pool-admin'
import { getNodeOrThrow } from './get-node-or-throw'

export async function cordonNode({ principal, nodeName }: { principal: TPrincipal; nodeName: string }) {
  await assertNodePoolAdmin(principal)
  const node = await getNodeOrThrow({ client: db, nodeName })
  // A NotReady node stays NotReady; the monitor brings it back as Cordoned.
  await db.$executeRaw`
    UPDATE "Node" SET cordoned = true, state = CASE WHEN state = 'Ready' THEN 'Cordoned' ELSE state END WHERE id = ${node.id}::uuid`
  return getNodeOrThrow({ client: db, nodeName })
}
