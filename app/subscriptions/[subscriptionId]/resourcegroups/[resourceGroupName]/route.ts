// PUT | GET | HEAD | PATCH | DELETE /subscriptions/{s}/resourcegroups/{name} – create or update, read, exists, update tags, delete (LRO)
import { armEmpty, armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { ArmError } from '@/server/arm/errors'
import { encodeOperationResultToken } from '@/server/arm/operation-result-token'
import { parseOrThrow } from '@/server/arm/parse'
import { ZArmResourceGroupBody, ZArmTagsPatch } from '@/server/arm/schemas'
import { serializeResourceGroup } from '@/server/arm/serialize-resource-group'
import { RESOURCE_GROUP_NAME_RULE, ZResourceGroupName } from '@/server/containergroups/schemas'
import { createResourceGroup } from '@/server/resourcegroups/create-resource-group'
import { assertResourceGroupNotBeingDeleted, findPendingResourceGroupDeletion } from '@/server/resourcegroups/find-pending-resource-group-deletion'
import { getResourceGroupOrThrow } from '@/server/resourcegroups/get-resource-group-or-throw'
import { startResourceGroupDeletion } from '@/server/resourcegroups/start-resource-group-deletion'
import { updateResourceGroupTags } from '@/server/resourcegroups/update-resource-group-tags'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

type TParams = { subscriptionId: string; resourceGroupName: string }

// ARM's delete poller is told to come back after this many seconds.
const DELETE_RETRY_AFTER_SECONDS = '1'

export const GET = armRoute<TParams>(async ({ principal, params }) => {
  const { resourceGroup } = await getResourceGroupOrThrow({ principal, ...params })
  return armJson(serializeResourceGroup(resourceGroup, { deleting: !!(await findPendingResourceGroupDeletion(resourceGroup)) }))
})

export const HEAD = armRoute<TParams>(async ({ principal, params }) => {
  await getResourceGroupOrThrow({ principal, ...params })
  return armEmpty(204)
})

export const PUT = armRoute<TParams>(async ({ principal, params, readJson }) => {
  const name = params.resourceGroupName
  if (!ZResourceGroupName.safeParse(name).success) {
    throw new ArmError('InvalidResourceGroupName', `Resource group name '${name.slice(0, 100)}' is invalid. ${RESOURCE_GROUP_NAME_RULE}`, { target: 'resourceGroupName' })
  }
  const body = await readJson()
  if (body === undefined) throw new ArmError('InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body is empty.')
  const arm = parseOrThrow(ZArmResourceGroupBody, body)
  const existing = await getResourceGroupOrThrow({ principal, ...params }).catch(() => null)
  if (existing) await assertResourceGroupNotBeingDeleted(existing.resourceGroup)
  const { resourceGroup, created } = await createResourceGroup({
    principal,
    subscriptionId: params.subscriptionId,
    input: { name, location: arm.location, tags: arm.tags ?? {} },
  })
  return armJson(serializeResourceGroup(resourceGroup), { status: created ? 201 : 200 })
})

export const PATCH = armRoute<TParams>(async ({ principal, params, readJson }) => {
  const body = parseOrThrow(ZArmTagsPatch, (await readJson()) ?? {})
  const resourceGroup = await updateResourceGroupTags({ principal, ...params, tags: body.tags })
  return armJson(serializeResourceGroup(resourceGroup))
})

export const DELETE = armRoute<TParams>(async ({ principal, params, origin, apiVersion }) => {
  const { operation, resourceGroup } = await startResourceGroupDeletion({ principal, ...params })
  const token = encodeOperationResultToken({ resourceGroupName: resourceGroup.name, location: resourceGroup.location, operationId: operation.id, resourceGroupId: resourceGroup.id })
  const location = `${origin}/subscriptions/${resourceGroup.subscriptionId}/operationresults/${token}?api-version=${encodeURIComponent(apiVersion)}`
  return armEmpty(202, { location, 'retry-after': DELETE_RETRY_AFTER_SECONDS })
})

export const POST = methodNotAllowed
