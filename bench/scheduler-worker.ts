// One scheduler process for bench:scheduler: the control plane's own BullMQ worker (the same
// processors `npm run workers` runs), with the concurrency the bench asks for. The bench
// starts as many of these as it wants schedulers running in parallel.
import { createControlPlaneWorker } from '../workers/create-control-plane-worker'

const concurrency = Number(process.env.BENCH_SCHEDULER_CONCURRENCY ?? 32)
const worker = createControlPlaneWorker({ concurrency })
await worker.waitUntilReady()
console.log(`scheduler-worker: ready (pid ${process.pid}, concurrency ${concurrency})`)

process.on('SIGTERM', () => {
  worker
    .close()
    .catch(() => {})
    .finally(() => process.exit(0))
})
