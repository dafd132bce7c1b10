// The recurring jobs, as BullMQ job schedulers: one schedule however many controllers run.
// They live in Redis, so a FLUSHALL (or a Redis restarted without its data) wipes them; the
// controller therefore checks every few seconds and on every reconnect that they still exist,
// and puts back any that went missing.
import type { Queue } from 'bullmq'
import { env } from '../env'
import { controlPlaneQueue } from './queue'
import type { JobName } from './registry'

export function nodeMonitorEveryMs(): number {
  return Math.max(250, Math.min(2_000, Math.floor(env.CERULEAN_NODE_HEARTBEAT_TIMEOUT_MS / 4)))
}

function recurringJobs(): Array<{ name: JobName; everyMs: number }> {
  return [
    { name: 'containergroups.reconcile', everyMs: env.CERULEAN_RECONCILE_EVERY_MS },
    { name: 'nodes.monitor', everyMs: nodeMonitorEveryMs() },
  ]
}

/** Registers the recurring jobs that are missing; returns their names. */
export async function ensureJobSchedulers(queue: Queue = controlPlaneQueue()): Promise<string[]> {
  const registered: string[] = []
  for (const { name, everyMs } of recurringJobs()) {
    // Upserting one that exists would push its next run back, so only missing ones are written.
    if (await queue.getJobScheduler(name)) continue
    await queue.upsertJobScheduler(name, { every: everyMs }, { name, data: {}, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } })
    registered.push(name)
  }
  return registered
}
