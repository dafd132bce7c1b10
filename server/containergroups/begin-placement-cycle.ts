// A new placement cycle (start, or restart of a group that holds no node): capacity still held
// is given back, the containers start over, and the generation is bumped so that every job of
// the previous cycle (schedule, run, delayed restarts) finds itself stale and does nothing.
import { Prisma } from '../db/generated/client'
import type { Tx } from '../db/client'
import { releasePlacementInTransaction } from '../scheduler/release-placement'
import { finishOperations } from './finish-operations'

export const FRESH_CONTAINER_STATE = {
  lifecycleStage: 'Waiting',
  currentState: Prisma.DbNull,
  previousState: Prisma.DbNull,
  restartCount: 0,
} as const

export async function beginPlacementCycle({
  tx,
  containerGroupId,
  kind,
  resourceId,
}: {
  tx: Tx
  containerGroupId: string
  kind: 'start' | 'restart'
  resourceId: string
}) {
  await releasePlacementInTransaction(tx, containerGroupId)
  await finishOperations({ client: tx, containerGroupId, status: 'Canceled' })
  await tx.container.updateMany({ where: { containerGroupId }, data: FRESH_CONTAINER_STATE })
  const containerGroup = await tx.containerGroup.update({
    where: { id: containerGroupId },
    data: { generation: { increment: 1 }, desiredState: 'Running', state: 'Pending', provisioningState: 'Pending' },
  })
  const operation = await tx.operation.create({
    data: { kind, subscriptionId: containerGroup.subscriptionId, containerGroupId, resourceId, location: containerGroup.location },
  })
  return { containerGroup, operation }
}
