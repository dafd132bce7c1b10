// POST .../containerGroups/{name}/stop, and the portal's Stop command. Stopping deallocates:
// the placement is released in the same transaction that records the stop, so the capacity is
// free the moment the call returns, and the bumped generation turns pending jobs into no-ops.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { releasePlacementInTransaction } from '../scheduler/release-placement'
import { finishOperations } from './finish-operations'
import { getContainerGroupByIdOrThrow } from './get-container-group-by-id-or-throw'
import { killingEventMessage } from './killing-event'
import { lockContainerGroupForUpdate } from './lock-container-group'
import { recordEvent } from './record-event'
import { containerGroupResourceId } from './resource-id'

export async function stopContainerGroup({ principal, containerGroupId }: { principal: TPrincipal; containerGroupId: string }) {
  const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId, permission: 'containerGroups.action' })
  const resourceId = containerGroupResourceId(group.subscriptionId, group.resourceGroup.name, group.name)
  return db.$transaction(async (tx) => {
    if (!(await lockContainerGroupForUpdate(tx, group.id))) throw new ArmError('ResourceNotFound', `The container group '${group.name}' was not found.`)
    const current = await tx.containerGroup.findUniqueOrThrow({ where: { id: group.id }, include: { containers: true } })
    await releasePlacementInTransaction(tx, group.id)
    await finishOperations({ client: tx, containerGroupId: group.id, status: 'Canceled' })
    const now = new Date()
    for (const container of current.containers) {
      if (container.lifecycleStage === 'Running') {
        const message = killingEventMessage({ containerId: container.id, generation: current.generation })
        await recordEvent({ client: tx, event: { containerGroupId: group.id, containerName: container.name, name: 'Killing', message, at: now } })
      }
      const startTime = (container.currentState as { startTime?: string } | null)?.startTime
      await tx.container.update({
        where: { id: container.id },
        data: { lifecycleStage: 'Stopped', currentState: { state: 'Terminated', startTime, finishTime: now.toISOString(), detailStatus: 'Stopped' } },
      })
    }
    const containerGroup = await tx.containerGroup.update({
      where: { id: group.id },
      data: { generation: { increment: 1 }, desiredState: 'Stopped', state: 'Stopped', provisioningState: 'Succeeded' },
    })
    const operation = await tx.operation.create({
      data: { kind: 'stop', status: 'Succeeded', endTime: now, subscriptionId: group.subscriptionId, containerGroupId: group.id, resourceId, location: group.location },
    })
    return { containerGroup, operation }
  })
}
