// ARM PUT semantics for a container group: create it when new (201, asynchronous), otherwise
// apply an allowed update (200). The same body sent twice, or twice at once, yields one group: the
// loser of a create race finds the winner's group and treats its PUT as an update.
import { db } from '../db/client'
import { isArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import type { TPrincipal } from '../auth/permissions'
import { getResourceGroupOrThrow } from '../resourcegroups/get-resource-group-or-throw'
import { assertResourceGroupNotBeingDeleted } from '../resourcegroups/find-pending-resource-group-deletion'
import { createContainerGroup } from './create-container-group'
import { ZCreateContainerGroupInput, type TCreateContainerGroupInput } from './schemas'
import { updateContainerGroup } from './update-container-group'

export async function createOrUpdateContainerGroup({ principal, subscriptionId, input }: { principal: TPrincipal; subscriptionId: string; input: TCreateContainerGroupInput }) {
  const data = parseOrThrow(ZCreateContainerGroupInput, input)
  const { resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName: data.resourceGroupName, permission: 'containerGroups.write' })
  // Updates are refused too; createContainerGroup checks again for the create path.
  await assertResourceGroupNotBeingDeleted(resourceGroup)
  const exists = () => db.containerGroup.findUnique({ where: { resourceGroupId_name: { resourceGroupId: resourceGroup.id, name: data.name } }, select: { id: true } })

  if (await exists()) return { created: false as const, ...(await updateContainerGroup({ principal, subscriptionId, input })) }
  try {
    const { containerGroup, operation } = await createContainerGroup({ principal, subscriptionId, input })
    return { created: true as const, containerGroupId: containerGroup.id, operation }
  } catch (error) {
    const lostRace = isArmError(error) && (error.code === 'Conflict' || error.code === 'DnsNameLabelAlreadyTaken') && (await exists())
    if (!lostRace) throw error
    return { created: false as const, ...(await updateContainerGroup({ principal, subscriptionId, input })) }
  }
}
