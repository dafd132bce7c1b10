// The controller role: the BullMQ worker for every job in server/jobs/registry.ts (scheduler,
// reconciler, node monitor), the heartbeat /api/health reads, and the recurring schedules.
import { sharedRedis } from '../server/redis'
import { controlPlaneQueue } from '../server/jobs/queue'
import { ensureJobSchedulers } from '../server/jobs/job-schedulers'
import { reconcileContainerGroups } from '../server/containergroups/reconcile-container-groups'
import { createControlPlaneWorker } from './create-control-plane-worker'
import { startHeartbeat } from './heartbeat'

const SCHEDULERS_CHECK_EVERY_MS = 5_000

export async function startController({ concurrency = 20 }: { concurrency?: number } = {}) {
  const worker = createControlPlaneWorker({ concurrency })
  const redis = sharedRedis()
  const stopHeartbeat = startHeartbeat({ redis })
  let checking: Promise<void> | undefined
  // One check at a time: while Redis is down a check waits for it, and ticks must not pile up.
  const ensureSchedulers = () =>
    (checking ??= ensureJobSchedulers()
      .then((registered) => {
        if (registered.length > 0) console.log(`workers: registered the job schedulers ${registered.join(', ')}`)
      })
      .catch((error) => console.error('could not register the job schedulers:', error.message))
      .finally(() => (checking = undefined)))
  // After a Redis restart or FLUSHALL the schedules may be gone: put them back at once.
  redis.on('ready', ensureSchedulers)
  const timer = setInterval(ensureSchedulers, SCHEDULERS_CHECK_EVERY_MS)
  timer.unref()
  await ensureSchedulers()
  // Catch up straight away on whatever the previous run (or a crash) left behind.
  await reconcileContainerGroups().catch((error) => console.error('startup reconcile failed:', error.message))
  return {
    stop: async () => {
      clearInterval(timer)
      redis.off('ready', ensureSchedulers)
      stopHeartbeat()
      await worker.close()
      await controlPlaneQueue().close()
    },
  }
}
