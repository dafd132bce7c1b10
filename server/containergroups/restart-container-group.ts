// POST .../containerGroups/{name}/restart, and the portal's Restart command. A running group
// restarts in place: same node, same reservation, every container killed and walked through
// its lifecycle again. A group that holds no node (stopped, finished, failed) is placed anew.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { enqueue, scheduleJobId } from '../jobs/queue'
import { beginPlacementCycle } from './begin-placement-cycle'
import { finishOperations } from './finish-operations'
import { getContainerGroupByIdOrThrow } from './get-container-group-by-id-or-throw'
import { killingEventMessage } from './killing-event'
import { lockContainerGroupForUpdate } from './lock-container-group'
import { recordEvent } from './record-event'
import { containerGroupResourceId } from './resource-id'

export async function restartContainerGroup({ principal, containerGroupId }: { principal: TPrincipal; containerGroupId: string }) {
  const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId, permission: 'containerGroups.action' })
  const resourceId = containerGroupResourceId(group.subscriptionId, group.resourceGroup.name, group.name)
  const result = await db.$transaction(async (tx) => {
    if (!(await lockContainerGroupForUpdate(tx, group.id))) throw new ArmError('ResourceNotFound', `The container group '${group.name}' was not found.`)
    const current = await tx.containerGroup.findUniqueOrThrow({ where: { id: group.id }, include: { containers: true, placement: true } })
    if (current.desiredState !== 'Running' || !current.placement) {
      return { ...(await beginPlacementCycle({ tx, containerGroupId: group.id, kind: 'restart', resourceId })), inPlace: false }
    }
    const now = new Date()
    for (const container of current.containers.filter((c) => c.lifecycleStage === 'Running')) {
      const message = killingEventMessage({ containerId: container.id, generation: current.generation })
      await recordEvent({ client: tx, event: { containerGroupId: group.id, containerName: container.name, name: 'Killing', message, at: now } })
    }
    await finishOperations({ client: tx, containerGroupId: group.id, status: 'Canceled' })
    await tx.container.updateMany({ where: { containerGroupId: group.id }, data: { lifecycleStage: 'Waiting', currentState: { state: 'Waiting', detailStatus: '' } } })
    const containerGroup = await tx.containerGroup.update({
      where: { id: group.id },
      data: { generation: { increment: 1 }, state: 'Pending', provisioningState: 'Pending' },
      include: { containers: { select: { restartCount: true } } },
    })
    // The reservation carries over to the new generation; updating it notifies the node's agent,
    // which walks the containers up again.
    await tx.placement.update({ where: { containerGroupId: group.id }, data: { generation: containerGroup.generation } })
    const operation = await tx.operation.create({
      data: { kind: 'restart', subscriptionId: group.subscriptionId, containerGroupId: group.id, resourceId, location: group.location },
    })
    return { containerGroup, operation, inPlace: true }
  })

  const { id, generation } = result.containerGroup
  if (!result.inPlace) {
    await enqueue('containergroups.schedule', { containerGroupId: id, generation }, { jobId: scheduleJobId(id, generation) }).catch((error) =>
      console.error(`enqueue of ${resourceId} failed; the reconciler will retry`, error),
    )
  }
  return { containerGroup: result.containerGroup, operation: result.operation }
}
