// Shared pieces of the container-group routes: the GET body with its instance view, the
// Azure-AsyncOperation URL, and ARM's name checks.
import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'
import { getContainerGroupWithContainersOrThrow } from '../containergroups/get-container-group-or-throw'
import { CONTAINER_GROUP_NAME_RULE, ZContainerGroupName } from '../containergroups/schemas'
import { ArmError } from './errors'
import { serializeContainerGroup, type TSerializableContainerGroup } from './serialize-container-group'

// ACI embeds this version in the operation URL whatever version the PUT used (REC-C).
const OPERATION_API_VERSION = '2018-06-01'
export const RETRY_AFTER_SECONDS = '1'

export async function serializeWithInstanceView(group: TSerializableContainerGroup) {
  const events = await db.event.findMany({ where: { containerGroupId: group.id }, orderBy: [{ firstTimestamp: 'asc' }, { id: 'asc' }] })
  return serializeContainerGroup(group, events)
}

export async function getArmContainerGroup(options: { principal: TPrincipal; subscriptionId: string; resourceGroupName: string; name: string }) {
  return serializeWithInstanceView(await getContainerGroupWithContainersOrThrow(options))
}

export function asyncOperationUrl({ origin, subscriptionId, location, operationId }: { origin: string; subscriptionId: string; location: string; operationId: string }) {
  return `${origin}/subscriptions/${subscriptionId}/providers/Microsoft.ContainerInstance/locations/${location}/operations/${operationId}?api-version=${OPERATION_API_VERSION}`
}

export function asyncOperationHeaders(options: { origin: string; subscriptionId: string; location: string; operationId: string }): Record<string, string> {
  return { 'azure-asyncoperation': asyncOperationUrl(options), 'retry-after': RETRY_AFTER_SECONDS }
}

export function assertContainerGroupName(name: string) {
  if (!ZContainerGroupName.safeParse(name).success) {
    throw new ArmError('InvalidResourceName', `The container group name '${name.slice(0, 100)}' is invalid. ${CONTAINER_GROUP_NAME_RULE}`, { target: 'name' })
  }
}
