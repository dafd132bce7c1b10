// After the node agent moved containers, the group's observed state follows from theirs:
// state and provisioningState are written, the pending operation ends once provisioning does,
// a finished group gives its capacity back, and an exited container due for a restart gets a
// delayed run job (BullMQ holds the back-off, so no process sleeps through it).
import type { Db } from '../db/client'
import { enqueue, runJobId } from '../jobs/queue'
import { env } from '../env'
import { finishOperations } from '../containergroups/finish-operations'
import { releasePlacementInTransaction } from '../scheduler/release-placement'
import { deriveGroupOutcome } from './container-group-state'
import { restartBackoffMs, shouldRestart } from './restart-policy'

function exitCodeOf(currentState: unknown): number | null {
  const code = (currentState as { exitCode?: unknown } | null)?.exitCode
  return typeof code === 'number' ? code : null
}

export function inaccessibleImageError(image: string, containerGroupName: string) {
  return {
    code: 'InaccessibleImage',
    message: `The image '${image}' in container group '${containerGroupName}' is not accessible. Please check the image and registry credential.`,
  }
}

export async function settleContainerGroup({ client, containerGroupId, generation }: { client: Db; containerGroupId: string; generation: number }) {
  const group = await client.containerGroup.findUnique({ where: { id: containerGroupId }, include: { containers: { orderBy: { ordinal: 'asc' } } } })
  if (!group || group.generation !== generation || group.desiredState !== 'Running') return
  const observed = group.containers.map((c) => ({ lifecycleStage: c.lifecycleStage, exitCode: exitCodeOf(c.currentState) }))
  const outcome = deriveGroupOutcome({ containers: observed, restartPolicy: group.restartPolicy })

  await client.$transaction(async (tx) => {
    const current = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ContainerGroup" WHERE id = ${containerGroupId}::uuid AND generation = ${generation} FOR SHARE`
    if (current.length === 0) return
    await tx.containerGroup.update({ where: { id: containerGroupId }, data: { state: outcome.state, provisioningState: outcome.provisioningState } })
    if (outcome.provisioningState === 'Succeeded') await finishOperations({ client: tx, containerGroupId, status: 'Succeeded' })
    if (outcome.provisioningState === 'Failed') {
      const failed = group.containers.find((c) => c.lifecycleStage === 'Failed')
      await finishOperations({ client: tx, containerGroupId, status: 'Failed', error: inaccessibleImageError(failed?.image ?? '', group.name) })
    }
    if (outcome.finished) await releasePlacementInTransaction(tx, containerGroupId)
  })

  const dueForRestart = group.containers.filter((c) => c.lifecycleStage === 'Terminated' && shouldRestart(group.restartPolicy, exitCodeOf(c.currentState) ?? 0))
  if (dueForRestart.length === 0 || outcome.finished) return
  const restartCount = Math.max(...group.containers.map((c) => c.restartCount))
  await enqueue(
    'containergroups.run',
    { containerGroupId, generation, attempt: restartCount + 1 },
    { jobId: runJobId(containerGroupId, generation, restartCount + 1), delayMs: restartBackoffMs({ restartCount, scale: env.CERULEAN_STAGE_DELAY_SCALE }) },
  )
}
