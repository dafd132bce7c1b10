// The safety net under every trigger (job containergroups.reconcile, every few seconds): compare
// desired with observed state and enqueue whatever a lost job left undone. Job ids are the same
// ones the normal path uses, so a job that still exists is never doubled; one that failed for
// good is retried.
import type { Queue } from 'bullmq'
import { db as defaultDb, type Db } from '../db/client'
import { controlPlaneQueue, enqueue, runJobId, scheduleJobId } from '../jobs/queue'
import type { JobName, JobPayload } from '../jobs/registry'
import { batchImageRepositories } from '../runtime/simulated-images'
import { shouldRestart } from '../runtime/restart-policy'

const BATCH_SIZE = 500
const STARTING_STAGES = ['Waiting', 'Pulling', 'Pulled', 'Created']

async function ensureJob<N extends JobName>(queue: Queue, name: N, payload: JobPayload<N>, jobId: string): Promise<boolean> {
  const existing = await queue.getJob(jobId)
  if (existing) {
    if ((await existing.getState()) !== 'failed') return false
    await existing.retry()
    return true
  }
  await enqueue(name, payload, { jobId })
  return true
}

export async function reconcileContainerGroups({ client = defaultDb, queue = controlPlaneQueue() }: { client?: Db; queue?: Queue } = {}) {
  let requeued = 0
  const unplaced = await client.containerGroup.findMany({
    where: { desiredState: 'Running', provisioningState: { in: ['Pending', 'Creating'] }, placement: { is: null } },
    select: { id: true, generation: true },
    take: BATCH_SIZE,
  })
  for (const group of unplaced) {
    const payload = { containerGroupId: group.id, generation: group.generation }
    if (await ensureJob(queue, 'containergroups.schedule', payload, scheduleJobId(group.id, group.generation))) requeued++
  }

  // Placed groups with a container still on its way up, waiting for a restart, or running a
  // batch process that must still exit.
  const unsettled = await client.containerGroup.findMany({
    where: {
      desiredState: 'Running',
      placement: { isNot: null },
      containers: {
        some: {
          OR: [
            { lifecycleStage: { in: [...STARTING_STAGES, 'Terminated'] } },
            { lifecycleStage: 'Running', OR: batchImageRepositories().map((repository) => ({ image: { startsWith: repository, mode: 'insensitive' as const } })) },
          ],
        },
      },
    },
    include: { containers: true, placement: true },
    take: BATCH_SIZE,
  })
  const batchRepositories = batchImageRepositories()
  const isBatch = (image: string) => batchRepositories.some((repository) => image.toLowerCase().startsWith(repository))
  for (const group of unsettled) {
    if (group.placement?.generation !== group.generation) continue
    const restartCount = Math.max(0, ...group.containers.map((c) => c.restartCount))
    const starting = group.containers.some((c) => STARTING_STAGES.includes(c.lifecycleStage))
    const runningBatch = group.containers.some((c) => c.lifecycleStage === 'Running' && isBatch(c.image))
    const dueForRestart = group.containers.some(
      (c) => c.lifecycleStage === 'Terminated' && shouldRestart(group.restartPolicy, (c.currentState as { exitCode?: number } | null)?.exitCode ?? 0),
    )
    if (!starting && !runningBatch && !dueForRestart) continue
    // A walk that is still under way carries the current attempt; only pending restarts need the next.
    const attempt = starting || runningBatch ? restartCount : restartCount + 1
    const payload = { containerGroupId: group.id, generation: group.generation, attempt }
    if (await ensureJob(queue, 'containergroups.run', payload, runJobId(group.id, group.generation, attempt))) requeued++
  }
  return { requeued }
}
