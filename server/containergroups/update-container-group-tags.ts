// PATCH .../containerGroups/{name}: ARM's "update" of a container group changes its tags only.
import { db } from '../db/client'
import { parseOrThrow } from '../arm/parse'
import type { TPrincipal } from '../auth/permissions'
import { getContainerGroupOrThrow } from './get-container-group-or-throw'
import { ZTags } from './schemas'

export async function updateContainerGroupTags({
  principal,
  subscriptionId,
  resourceGroupName,
  name,
  tags,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  name: string
  tags: unknown
}) {
  const group = await getContainerGroupOrThrow({ principal, subscriptionId, resourceGroupName, name, permission: 'containerGroups.write' })
  if (tags === undefined || tags === null) return group
  const data = parseOrThrow(ZTags, tags)
  await db.containerGroup.updateMany({ where: { id: group.id, subscriptionId: group.subscriptionId }, data: { tags: data } })
  return { ...group, tags: data }
}
