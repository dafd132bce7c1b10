// Part of job containergroups.reconcile: every Pending resource-group deletion has its
// resourcegroups.delete job, under the id derived from the operation, so one lost from Redis
// (or one that failed for good) is run again and no deletion stays Pending forever.
import type { Queue } from 'bullmq'
import { db as defaultDb, type Db } from '../db/client'
import { ensureJob } from '../jobs/ensure-job'
import { controlPlaneQueue, resourceGroupDeleteJobId } from '../jobs/queue'
import { RESOURCE_GROUP_DELETE_KIND } from './start-resource-group-deletion'

export async function reconcileResourceGroupDeletions({ client = defaultDb, queue = controlPlaneQueue() }: { client?: Db; queue?: Queue } = {}) {
  const pending = await client.operation.findMany({ where: { kind: RESOURCE_GROUP_DELETE_KIND, status: 'Pending' }, select: { id: true } })
  let requeued = 0
  for (const operation of pending) if (await ensureJob(queue, 'resourcegroups.delete', { operationId: operation.id }, resourceGroupDeleteJobId(operation.id))) requeued++
  return { requeued }
}
