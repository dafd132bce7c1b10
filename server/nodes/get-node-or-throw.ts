import { ArmError } from '../arm/errors'
import type { Db, Tx } from '../db/client'

export async function getNodeOrThrow({ client, nodeName }: { client: Db | Tx; nodeName: string }) {
  const node = await client.node.findUnique({ where: { name: nodeName } })
  if (!node) throw new ArmError('ResourceNotFound', `The node '${nodeName}' was not found.`)
  return node
}
