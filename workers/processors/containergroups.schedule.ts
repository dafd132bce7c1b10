// Place a container group on a node: see server/scheduler/schedule-container-group.ts.
// While no node has room the job delays itself rather than enqueueing a new one: it keeps its
// jobId, so the reconciler sees it waiting and never starts a second wait beside it.
import { DelayedError } from 'bullmq'
import { scheduleContainerGroup } from '../../server/scheduler/schedule-container-group'
import type { TProcessor } from '../processor'

export const processScheduleJob: TProcessor<'containergroups.schedule'> = async (payload, job, token) => {
  const result = await scheduleContainerGroup({ containerGroupId: payload.containerGroupId, generation: payload.generation, waiting: payload.waiting ?? null })
  if (result.outcome !== 'waiting') return { outcome: result.outcome }
  await job.updateData({ ...payload, waiting: result.waiting })
  await job.moveToDelayed(Date.now() + result.retryInMs, token)
  throw new DelayedError()
}
