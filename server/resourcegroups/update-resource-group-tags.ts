// PATCH /subscriptions/{s}/resourcegroups/{name}: tags are replaced when given; the location
// cannot change.
import { db } from '../db/client'
import { parseOrThrow } from '../arm/parse'
import type { TPrincipal } from '../auth/permissions'
import { ZTags } from '../containergroups/schemas'
import { getResourceGroupOrThrow } from './get-resource-group-or-throw'

export async function updateResourceGroupTags({ principal, subscriptionId, resourceGroupName, tags }: { principal: TPrincipal; subscriptionId: string; resourceGroupName: string; tags: unknown }) {
  const { resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission: 'resourceGroups.write' })
  if (tags === undefined || tags === null) return resourceGroup
  const data = parseOrThrow(ZTags, tags)
  return db.resourceGroup.update({ where: { id: resourceGroup.id }, data: { tags: data } })
}
