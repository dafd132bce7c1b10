// The one BullMQ worker on the control-plane queue. Short locks make a killed worker's jobs
// stall quickly, so another worker picks them up within seconds; processors are idempotent,
// which is what makes picking a half-done job up again safe.
import { UnrecoverableError, Worker, type Job } from 'bullmq'
import type { Redis } from 'ioredis'
import { env } from '../server/env'
import { createRedis } from '../server/redis'
import { QUEUE_NAME } from '../server/jobs/queue'
import { jobNames, jobRegistry, type JobName } from '../server/jobs/registry'
import type { TProcessor } from './processor'
import { processorsByJobName } from './processors-by-job-name'

export function missingProcessors(processors: Partial<Record<string, unknown>>, names: readonly string[] = jobNames): string[] {
  return names.filter((name) => typeof processors[name] !== 'function')
}

async function dispatch(job: Job, token?: string): Promise<unknown> {
  if (!(job.name in jobRegistry)) throw new UnrecoverableError(`No job named '${job.name}' is registered.`)
  const name = job.name as JobName
  // Payloads are parsed again here: whatever sits in Redis is untrusted input.
  const parsed = jobRegistry[name].safeParse(job.data)
  if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${name}: ${parsed.error.message}`)
  const processor = processorsByJobName[name] as TProcessor<JobName>
  return processor(parsed.data as never, job, token)
}

export function createControlPlaneWorker({ concurrency = 20, connection = createRedis() }: { concurrency?: number; connection?: Redis } = {}): Worker {
  const missing = missingProcessors(processorsByJobName)
  if (missing.length > 0) throw new Error(`Refusing to start: no processor for ${missing.join(', ')} (add workers/processors/<job-name>.ts).`)
  const worker = new Worker(QUEUE_NAME, dispatch, {
    connection,
    prefix: env.REDIS_PREFIX,
    concurrency,
    lockDuration: 10_000,
    stalledInterval: 5_000,
    maxStalledCount: 3,
  })
  worker.on('failed', (job, error) => console.error(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}):`, error.message))
  worker.on('error', (error) => console.error('worker error:', error.message))
  return worker
}
