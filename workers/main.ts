// npm run workers – the control plane's background process: one BullMQ worker for every job
// in server/jobs/registry.ts, a heartbeat for /api/health, and the recurring reconciler.
import { db } from '../server/db/client'
import { sharedRedis } from '../server/redis'
import { controlPlaneQueue } from '../server/jobs/queue'
import { reconcileContainerGroups } from '../server/containergroups/reconcile-container-groups'
import { createControlPlaneWorker } from './create-control-plane-worker'
import { startHeartbeat } from './heartbeat'

const RECONCILE_EVERY_MS = 10_000

const worker = createControlPlaneWorker({ concurrency: 20 })
const stopHeartbeat = startHeartbeat({ redis: sharedRedis() })

// A job scheduler, not setInterval: BullMQ keeps one schedule however many workers run.
await controlPlaneQueue().upsertJobScheduler(
  'containergroups.reconcile',
  { every: RECONCILE_EVERY_MS },
  { name: 'containergroups.reconcile', data: {}, opts: { removeOnComplete: true, removeOnFail: { count: 100 } } },
)
// Catch up straight away on whatever the previous run (or a crash) left behind.
await reconcileContainerGroups().catch((error) => console.error('startup reconcile failed:', error))
console.log(`workers: ready (pid ${process.pid})`)

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  console.log(`workers: ${signal} received, finishing active jobs`)
  stopHeartbeat()
  try {
    await worker.close()
    await controlPlaneQueue().close()
    await sharedRedis().quit()
    await db.$disconnect()
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
