// The node lifecycle controller (job nodes.monitor, every couple of seconds): a node whose
// heartbeat is older than the timeout turns NotReady, one whose heartbeat is back turns Ready
// (or Cordoned) again, and the container groups on NotReady nodes are moved elsewhere.
//
// Two guards keep an outage of the control plane itself from looking like failed nodes: no
// node is judged until the monitor has watched for a whole timeout (after its start or after a
// run that failed, e.g. while Postgres was down, during which no agent could heartbeat either),
// and, as kube-controller-manager does, nothing is evicted from a region whose nodes are all
// NotReady, since moving groups there would only move them onto other dead nodes.
import type { Db } from '../db/client'
import { evictContainerGroup } from './evict-container-group'

export type TNodeMonitor = { run: () => Promise<TNodeMonitorRun> }
export type TNodeMonitorRun = { notReady: string[]; ready: string[]; evicted: number; judging: boolean }

const EVICTIONS_PER_RUN = 200

export function createNodeMonitor({ client, timeoutMs, now = () => Date.now() }: { client: Db; timeoutMs: number; now?: () => number }): TNodeMonitor {
  let watchingSince = now()
  let lastRunAt = now()
  const timeoutSeconds = timeoutMs / 1000

  async function runOnce(): Promise<TNodeMonitorRun> {
    const judging = now() - watchingSince >= timeoutMs
    const ready = await client.$queryRaw<{ name: string }[]>`
      UPDATE "Node" SET state = CASE WHEN cordoned THEN 'Cordoned' ELSE 'Ready' END
      WHERE state = 'NotReady' AND "lastHeartbeatAt" >= now() - make_interval(secs => ${timeoutSeconds})
      RETURNING name`
    if (!judging) return { notReady: [], ready: ready.map((n) => n.name), evicted: 0, judging }
    const notReady = await client.$queryRaw<{ name: string }[]>`
      UPDATE "Node" SET state = 'NotReady'
      WHERE state <> 'NotReady' AND "lastHeartbeatAt" < now() - make_interval(secs => ${timeoutSeconds})
      RETURNING name`
    const stranded = await client.$queryRaw<{ containerGroupId: string; nodeId: string }[]>`
      SELECT p."containerGroupId"::text, p."nodeId"::text FROM "Placement" p JOIN "Node" n ON n.id = p."nodeId"
      WHERE n.state = 'NotReady'
        AND EXISTS (SELECT 1 FROM "Node" o WHERE o.region = n.region AND o."osType" = n."osType" AND o.state <> 'NotReady')
      ORDER BY p."createdAt" LIMIT ${EVICTIONS_PER_RUN}`
    let evicted = 0
    for (const { containerGroupId, nodeId } of stranded) {
      if ((await evictContainerGroup({ client, containerGroupId, nodeId, reason: 'NodeNotReady' })) !== null) evicted++
    }
    return { notReady: notReady.map((n) => n.name), ready: ready.map((n) => n.name), evicted, judging }
  }

  return {
    run: async () => {
      // A monitor that did not run for a while (its process stalled, Redis lost its schedule)
      // has not been watching either.
      if (now() - lastRunAt > timeoutMs / 2) watchingSince = now()
      lastRunAt = now()
      try {
        return await runOnce()
      } catch (error) {
        watchingSince = now()
        throw error
      }
    },
  }
}
