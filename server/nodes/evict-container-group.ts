// Moves a container group off a node that failed or is being drained, the way ACI repairs a
// group whose host went away: its running containers are killed, the capacity is given back,
// and a new placement cycle (next generation) schedules it elsewhere. Containers that already
// finished for good under the restart policy (Never, or OnFailure after exit 0) keep their
// final state; a group with nothing left to run holds no placement, so it is never evicted.
import { Prisma } from '../db/generated/client'
import type { Db } from '../db/client'
import { enqueue, scheduleJobId } from '../jobs/queue'
import { killingEventMessage } from '../containergroups/killing-event'
import { lockContainerGroupForUpdate } from '../containergroups/lock-container-group'
import { recordEvent } from '../containergroups/record-event'
import { releasePlacementInTransaction } from '../scheduler/release-placement'
import { shouldRestart } from '../runtime/restart-policy'

export type TEvictionReason = 'NodeNotReady' | 'NodeDrained'

export function evictionMessage({ reason, nodeName }: { reason: TEvictionReason; nodeName: string }): string {
  return reason === 'NodeNotReady'
    ? `Node '${nodeName}' is not ready: its containers were killed and the container group is being rescheduled on another node.`
    : `Node '${nodeName}' is being drained: the container group is being rescheduled on another node.`
}

/** Returns the new generation, or null when the group was no longer on that node. */
export async function evictContainerGroup({
  client,
  containerGroupId,
  nodeId,
  reason,
}: {
  client: Db
  containerGroupId: string
  nodeId: string
  reason: TEvictionReason
}): Promise<number | null> {
  const generation = await client.$transaction(async (tx) => {
    if (!(await lockContainerGroupForUpdate(tx, containerGroupId))) return null
    const group = await tx.containerGroup.findUniqueOrThrow({
      where: { id: containerGroupId },
      include: { containers: true, placement: { include: { node: { select: { name: true } } } } },
    })
    if (!group.placement || group.placement.nodeId !== nodeId || group.desiredState !== 'Running') return null
    const now = new Date()
    await releasePlacementInTransaction(tx, containerGroupId)
    await recordEvent({
      client: tx,
      event: { containerGroupId, containerName: null, name: 'Rescheduled', message: evictionMessage({ reason, nodeName: group.placement.node.name }), type: 'Warning', at: now },
    })
    for (const container of group.containers) {
      const exitCode = (container.currentState as { exitCode?: number } | null)?.exitCode ?? 0
      if (container.lifecycleStage === 'Terminated' && !shouldRestart(group.restartPolicy, exitCode)) continue
      const wasRunning = container.lifecycleStage === 'Running'
      if (wasRunning) {
        const message = killingEventMessage({ containerId: container.id, generation: group.generation })
        await recordEvent({ client: tx, event: { containerGroupId, containerName: container.name, name: 'Killing', message, at: now } })
      }
      const started = wasRunning || container.lifecycleStage === 'Terminated'
      const startTime = (container.currentState as { startTime?: string } | null)?.startTime
      await tx.container.update({
        where: { id: container.id },
        data: {
          lifecycleStage: 'Waiting',
          currentState: { state: 'Waiting', detailStatus: reason },
          // The run the node took down becomes previousState, and counts as a restart.
          ...(started
            ? {
                restartCount: { increment: 1 },
                previousState: wasRunning
                  ? { state: 'Terminated', startTime, exitCode: 137, finishTime: now.toISOString(), detailStatus: 'Killed' }
                  : ((container.currentState ?? Prisma.DbNull) as Prisma.InputJsonValue),
              }
            : {}),
        },
      })
    }
    const updated = await tx.containerGroup.update({
      where: { id: containerGroupId },
      data: { generation: { increment: 1 }, state: 'Pending', provisioningState: 'Pending' },
    })
    return updated.generation
  })
  if (generation !== null) {
    await enqueue('containergroups.schedule', { containerGroupId, generation }, { jobId: scheduleJobId(containerGroupId, generation) }).catch((error) =>
      console.error(`enqueue of evicted group ${containerGroupId} failed; the reconciler will retry`, error),
    )
  }
  return generation
}
