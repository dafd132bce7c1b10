import { Queue, type JobsOptions } from 'bullmq'
import { env } from '../env'
import { sharedRedis } from '../redis'
import { jobRegistry, type JobName, type JobPayload } from './registry'

export const QUEUE_NAME = 'control-plane'

const globalForQueue = globalThis as unknown as { ceruleanQueue?: Queue }

export function controlPlaneQueue(): Queue {
  return (globalForQueue.ceruleanQueue ??= new Queue(QUEUE_NAME, {
    connection: sharedRedis(),
    prefix: env.REDIS_PREFIX,
  }))
}

// Completed jobs are removed so that the same jobId can be enqueued again by the
// reconciler; failed jobs are kept for inspection.
const DEFAULT_OPTIONS: JobsOptions = {
  removeOnComplete: true,
  removeOnFail: false,
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
}

/** Enqueues a job; the jobId makes a repeated enqueue of the same work a no-op. */
export async function enqueue<N extends JobName>(
  name: N,
  payload: JobPayload<N>,
  options: { jobId: string; delayMs?: number },
): Promise<void> {
  const data = jobRegistry[name].parse(payload)
  await controlPlaneQueue().add(name, data, { ...DEFAULT_OPTIONS, jobId: options.jobId, delay: options.delayMs })
}

export function scheduleJobId(containerGroupId: string, generation: number): string {
  return `schedule-${containerGroupId}-${generation}`
}

export function resourceGroupDeleteJobId(operationId: string): string {
  return `resourcegroup-delete-${operationId}`
}
