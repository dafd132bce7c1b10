import type { Queue } from 'bullmq'
import { enqueue } from './queue'
import type { JobName, JobPayload } from './registry'

/**
 * Puts a job back under its usual id when Redis no longer has it, or retries it when it failed
 * for good; a job that still exists is left alone. Returns whether anything was enqueued.
 */
export async function ensureJob<N extends JobName>(queue: Queue, name: N, payload: JobPayload<N>, jobId: string): Promise<boolean> {
  const existing = await queue.getJob(jobId)
  if (existing) {
    if ((await existing.getState()) !== 'failed') return false
    await existing.retry()
    return true
  }
  await enqueue(name, payload, { jobId })
  return true
}
