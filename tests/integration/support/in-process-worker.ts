// The real control plane run inside the test process against the test's own database and Redis
// prefix (both set by setup.ts before this module loads): the controller's BullMQ worker and a
// node agent, with short leases so that nodes seeded after the start are taken quickly.
import { startNodeAgent } from '../../../server/nodeagents/start-node-agent'
import { createControlPlaneWorker } from '../../../workers/create-control-plane-worker'

export function startInProcessWorker() {
  const worker = createControlPlaneWorker({ concurrency: 20 })
  const agent = startNodeAgent({ renewMs: 250, leaseMs: 3_000, log: () => {} })
  return {
    worker,
    agent,
    stop: async () => {
      await agent.stop()
      await worker.close()
    },
  }
}
