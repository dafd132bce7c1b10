// NotReady after a missed heartbeat, and groups moved off such nodes: see server/nodes/monitor-nodes.ts.
import { db } from '../../server/db/client'
import { env } from '../../server/env'
import { createNodeMonitor, type TNodeMonitor } from '../../server/nodes/monitor-nodes'
import type { TProcessor } from '../processor'

// One per process: the monitor remembers how long it has been watching (see its guards).
let monitor: TNodeMonitor | undefined

export const processNodesMonitorJob: TProcessor<'nodes.monitor'> = async () => {
  monitor ??= createNodeMonitor({ client: db, timeoutMs: env.CERULEAN_NODE_HEARTBEAT_TIMEOUT_MS })
  const run = await monitor.run()
  for (const name of run.notReady) console.log(`node ${name} is NotReady (no heartbeat for ${env.CERULEAN_NODE_HEARTBEAT_TIMEOUT_MS} ms)`)
  for (const name of run.ready) console.log(`node ${name} is reporting again`)
  return run
}
