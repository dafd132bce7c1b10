// Which images each node already holds, so a second container of the same image on the same
// node skips the pull. Postgres keeps the list (NodeImage); agents keep a copy in memory for the
// pure step planner, filled when they take their nodes and updated as pulls finish.
import type { Db } from '../db/client'
import { canonicalImage } from './image-reference'

const imagesByNode = new Map<string, Set<string>>()

export function nodeHasImage(nodeId: string, image: string): boolean {
  return imagesByNode.get(nodeId)?.has(canonicalImage(image)) ?? false
}

export async function recordNodeImage({ client, nodeId, image }: { client: Db; nodeId: string; image: string }): Promise<void> {
  const key = canonicalImage(image)
  const known = imagesByNode.get(nodeId) ?? new Set<string>()
  imagesByNode.set(nodeId, known)
  if (known.has(key)) return
  known.add(key)
  await client.nodeImage.createMany({ data: [{ nodeId, image: key }], skipDuplicates: true })
}

export async function loadNodeImages({ client, nodeIds }: { client: Db; nodeIds: string[] }): Promise<void> {
  if (nodeIds.length === 0) return
  const rows = await client.nodeImage.findMany({ where: { nodeId: { in: nodeIds } }, select: { nodeId: true, image: true } })
  for (const nodeId of nodeIds) imagesByNode.set(nodeId, new Set())
  for (const row of rows) imagesByNode.get(row.nodeId)!.add(row.image)
}
