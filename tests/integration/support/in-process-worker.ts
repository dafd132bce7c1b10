// The real control-plane worker, run inside the test process against the test's own database
// and Redis prefix (both set by setup.ts before this module loads).
import { createControlPlaneWorker } from '../../../workers/create-control-plane-worker'

export function startInProcessWorker() {
  const worker = createControlPlaneWorker({ concurrency: 20 })
  return { worker, stop: () => worker.close() }
}
