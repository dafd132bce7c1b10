import { z } from 'zod'
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import { assertPermission, resourceGroupScope, type TPrincipal } from '../auth/permissions'
import { ZLocation, ZResourceGroupName, ZTags } from '../containergroups/schemas'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'
import { isUniqueViolation } from '../db/errors'
import type { ResourceGroup } from '../db/generated/client'

export const ZCreateResourceGroupInput = z.object({
  name: ZResourceGroupName,
  location: ZLocation,
  tags: ZTags,
})
export type TCreateResourceGroupInput = z.input<typeof ZCreateResourceGroupInput>

/**
 * Creates the resource group, or updates its tags if it exists in the same location (ARM PUT
 * semantics). With `createOnly` an existing group in the same location is returned untouched:
 * the wizard's "(New)" group must not wipe the tags of a group that exists already.
 */
export async function createResourceGroup({
  principal,
  subscriptionId,
  input,
  createOnly = false,
}: {
  principal: TPrincipal
  subscriptionId: string
  input: TCreateResourceGroupInput
  createOnly?: boolean
}): Promise<{ resourceGroup: ResourceGroup; created: boolean }> {
  const data = parseOrThrow(ZCreateResourceGroupInput, input)
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId })
  await assertPermission(db, principal, resourceGroupScope(subscription.id, data.name), 'resourceGroups.write')
  const nameKey = data.name.toLowerCase()

  const existing = await db.resourceGroup.findUnique({ where: { subscriptionId_nameKey: { subscriptionId: subscription.id, nameKey } } })
  if (existing) {
    if (existing.location !== data.location) {
      throw new ArmError('InvalidResourceGroupLocation', `Invalid resource group location '${data.location}'. The Resource group already exists in location '${existing.location}'.`)
    }
    if (createOnly) return { resourceGroup: existing, created: false }
    const resourceGroup = await db.resourceGroup.update({ where: { id: existing.id }, data: { tags: data.tags } })
    return { resourceGroup, created: false }
  }
  try {
    const resourceGroup = await db.resourceGroup.create({
      data: { subscriptionId: subscription.id, name: data.name, nameKey, location: data.location, tags: data.tags },
    })
    return { resourceGroup, created: true }
  } catch (error) {
    // Two creates raced; the loser sees the winner's group.
    if (isUniqueViolation(error)) return createResourceGroup({ principal, subscriptionId, input, createOnly })
    throw error
  }
}
