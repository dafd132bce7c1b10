// POST .../containerGroups/{name}/start, and the portal's Start command. Start reallocates
// compute: the group is scheduled again from scratch (it may land on another node).
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { enqueue, scheduleJobId } from '../jobs/queue'
import { beginPlacementCycle } from './begin-placement-cycle'
import { getContainerGroupByIdOrThrow } from './get-container-group-by-id-or-throw'
import { lockContainerGroupForUpdate } from './lock-container-group'
import { containerGroupResourceId } from './resource-id'

/** Returns the new operation, or operation null when the group is already running or starting. */
export async function startContainerGroup({ principal, containerGroupId }: { principal: TPrincipal; containerGroupId: string }) {
  const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId, permission: 'containerGroups.action' })
  const resourceId = containerGroupResourceId(group.subscriptionId, group.resourceGroup.name, group.name)
  const result = await db.$transaction(async (tx) => {
    if (!(await lockContainerGroupForUpdate(tx, group.id))) throw new ArmError('ResourceNotFound', `The container group '${group.name}' was not found.`)
    const current = await tx.containerGroup.findUniqueOrThrow({ where: { id: group.id } })
    const alreadyUp = current.desiredState === 'Running' && (current.state === 'Pending' || current.state === 'Running') && current.provisioningState !== 'Failed'
    if (alreadyUp) return { containerGroup: current, operation: null }
    return beginPlacementCycle({ tx, containerGroupId: group.id, kind: 'start', resourceId })
  })
  if (result.operation) {
    const { id, generation } = result.containerGroup
    await enqueue('containergroups.schedule', { containerGroupId: id, generation }, { jobId: scheduleJobId(id, generation) }).catch((error) =>
      console.error(`enqueue of ${resourceId} failed; the reconciler will retry`, error),
    )
  }
  return result
}
