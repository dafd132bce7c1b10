// GET | PUT | PATCH | DELETE .../containerGroups/{name} – read, create or update, update tags, delete
import { armEmpty, armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { isArmError } from '@/server/arm/errors'
import { assertContainerGroupName, asyncOperationHeaders, getArmContainerGroup, serializeWithInstanceView } from '@/server/arm/arm-container-group'
import { armBodyToCreateInput } from '@/server/arm/container-group-input'
import { parseOrThrow } from '@/server/arm/parse'
import { ZArmTagsPatch } from '@/server/arm/schemas'
import { serializeContainerGroup } from '@/server/arm/serialize-container-group'
import { db } from '@/server/db/client'
import { createOrUpdateContainerGroup } from '@/server/containergroups/create-or-update-container-group'
import { deleteContainerGroup } from '@/server/containergroups/delete-container-group'
import { getContainerGroupByIdOrThrow } from '@/server/containergroups/get-container-group-by-id-or-throw'
import { restartContainerGroup } from '@/server/containergroups/restart-container-group'
import { updateContainerGroupTags } from '@/server/containergroups/update-container-group-tags'
import { getResourceGroupOrThrow } from '@/server/resourcegroups/get-resource-group-or-throw'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

type TParams = { subscriptionId: string; resourceGroupName: string; containerGroupName: string }

export const GET = armRoute<TParams>(async ({ principal, params }) =>
  armJson(await getArmContainerGroup({ principal, subscriptionId: params.subscriptionId, resourceGroupName: params.resourceGroupName, name: params.containerGroupName })),
)

export const PUT = armRoute<TParams>(async ({ principal, params, readJson, origin }) => {
  const { subscriptionId, resourceGroupName, containerGroupName } = params
  // ARM answers for the resource group before it looks at the body.
  await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName })
  assertContainerGroupName(containerGroupName)
  const input = armBodyToCreateInput({ body: await readJson(), resourceGroupName, name: containerGroupName })
  const result = await createOrUpdateContainerGroup({ principal, subscriptionId, input })
  if (result.created) {
    const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId: result.containerGroupId })
    const headers = asyncOperationHeaders({ origin, subscriptionId: group.subscriptionId, location: group.location, operationId: result.operation.id })
    return armJson(await serializeWithInstanceView(group), { status: 201, headers })
  }
  // A new image, command or environment takes effect the way ACI applies it: the containers restart.
  if (result.runtimeChanged) {
    const { operation } = await restartContainerGroup({ principal, containerGroupId: result.containerGroup.id })
    const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId: result.containerGroup.id })
    const headers = asyncOperationHeaders({ origin, subscriptionId: group.subscriptionId, location: group.location, operationId: operation.id })
    return armJson(await serializeWithInstanceView(group), { status: 200, headers })
  }
  return armJson(await serializeWithInstanceView(result.containerGroup))
})

export const PATCH = armRoute<TParams>(async ({ principal, params, readJson }) => {
  const body = parseOrThrow(ZArmTagsPatch, (await readJson()) ?? {})
  const group = await updateContainerGroupTags({
    principal,
    subscriptionId: params.subscriptionId,
    resourceGroupName: params.resourceGroupName,
    name: params.containerGroupName,
    tags: body.tags,
  })
  return armJson(await serializeWithInstanceView(group))
})

export const DELETE = armRoute<TParams>(async ({ principal, params }) => {
  const { resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId: params.subscriptionId, resourceGroupName: params.resourceGroupName })
  const found = await db.containerGroup.findFirst({
    where: { resourceGroupId: resourceGroup.id, name: params.containerGroupName.toLowerCase(), subscription: { tenantId: principal.tenantId } },
    select: { id: true },
  })
  // ARM's answer for a resource that is not there: 204, nothing to delete.
  if (!found) return armEmpty(204)
  try {
    const { containerGroup } = await deleteContainerGroup({ principal, containerGroupId: found.id })
    return armJson(serializeContainerGroup(containerGroup, []))
  } catch (error) {
    // Deleted by a concurrent call between the lookup and the delete.
    if (isArmError(error) && error.code === 'ResourceNotFound') return armEmpty(204)
    throw error
  }
})

export const POST = methodNotAllowed
