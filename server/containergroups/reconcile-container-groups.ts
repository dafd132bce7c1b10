// The safety net under every trigger (job containergroups.reconcile, every few seconds): a group
// that wants to run but holds no node gets its schedule job again, under the same job id the
// normal path uses, so a job that still exists is never doubled and one that failed for good
// is retried. This is what brings groups back after Redis lost its jobs (FLUSHALL, a restart
// without persistence). Placed groups need no job: the agent holding their node drives them
// from Postgres, and the node monitor moves them if that node stops reporting. Resource-group
// deletions get the same net in server/resourcegroups/reconcile-resource-group-deletions.ts.
import type { Queue } from 'bullmq'
import { db as defaultDb, type Db } from '../db/client'
import { ensureJob } from '../jobs/ensure-job'
import { controlPlaneQueue, scheduleJobId } from '../jobs/queue'

const BATCH_SIZE = 500

export async function reconcileContainerGroups({ client = defaultDb, queue = controlPlaneQueue() }: { client?: Db; queue?: Queue } = {}) {
  let requeued = 0
  let cursor: string | undefined
  for (;;) {
    const unplaced = await client.containerGroup.findMany({
      where: { desiredState: 'Running', provisioningState: { in: ['Pending', 'Creating'] }, placement: { is: null }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, generation: true },
      orderBy: { id: 'asc' },
      take: BATCH_SIZE,
    })
    for (const group of unplaced) if (await ensureJob(queue, 'containergroups.schedule', { containerGroupId: group.id, generation: group.generation }, scheduleJobId(group.id, group.generation))) requeued++
    if (unplaced.length < BATCH_SIZE) break
    cursor = unplaced[unplaced.length - 1].id
  }
  return { requeued }
}
