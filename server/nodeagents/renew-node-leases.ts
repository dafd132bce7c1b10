// The node agent's heartbeat, and how agents share the pool. Every few seconds an agent renews
// the lease of every node it holds in one UPDATE, which is also those nodes' heartbeat (except
// a node an admin failed on purpose). It then evens out the load: it takes free or expired
// nodes up to its fair share (nodes / live agents) and hands back what it holds beyond it, so
// adding an agent process adds capacity and losing one hands its nodes to the others.
import os from 'node:os'
import type { Db } from '../db/client'

export type TLeaseRenewal = {
  held: Array<{ id: string; name: string }>
  acquired: string[]
  released: string[]
}

export async function renewNodeLeases({ client, agentId, leaseMs }: { client: Db; agentId: string; leaseMs: number }): Promise<TLeaseRenewal> {
  const leaseSeconds = leaseMs / 1000
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "NodeAgent" (id, hostname, pid, "startedAt", "heartbeatAt") VALUES (${agentId}, ${os.hostname()}, ${process.pid}, now(), now())
      ON CONFLICT (id) DO UPDATE SET "heartbeatAt" = now()`
    const renewed = await tx.$queryRaw<{ id: string; name: string }[]>`
      UPDATE "Node" SET
        "leaseExpiresAt" = now() + make_interval(secs => ${leaseSeconds}),
        "lastHeartbeatAt" = CASE WHEN "heartbeatPaused" THEN "lastHeartbeatAt" ELSE now() END
      WHERE "agentId" = ${agentId}
      RETURNING id::text, name`
    const [{ agents, nodes }] = await tx.$queryRaw<{ agents: number; nodes: number }[]>`
      SELECT (SELECT COUNT(*)::int FROM "NodeAgent" WHERE "heartbeatAt" > now() - make_interval(secs => ${leaseSeconds})) AS agents,
             (SELECT COUNT(*)::int FROM "Node") AS nodes`
    const fairShare = Math.ceil(nodes / Math.max(1, agents))
    let acquired: Array<{ id: string; name: string }> = []
    let released: string[] = []
    if (renewed.length < fairShare) {
      acquired = await tx.$queryRaw<{ id: string; name: string }[]>`
        UPDATE "Node" SET
          "agentId" = ${agentId},
          "leaseExpiresAt" = now() + make_interval(secs => ${leaseSeconds}),
          "lastHeartbeatAt" = CASE WHEN "heartbeatPaused" THEN "lastHeartbeatAt" ELSE now() END
        WHERE id IN (
          SELECT id FROM "Node" WHERE "agentId" IS NULL OR "leaseExpiresAt" < now()
          ORDER BY name LIMIT ${fairShare - renewed.length} FOR UPDATE SKIP LOCKED)
        RETURNING id::text, name`
    } else if (renewed.length > fairShare + Math.max(1, Math.ceil(fairShare / 20))) {
      // Some slack, so that agents starting one after another do not pass nodes back and forth.
      const rows = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Node" SET "agentId" = NULL, "leaseExpiresAt" = NULL
        WHERE id IN (SELECT id FROM "Node" WHERE "agentId" = ${agentId} ORDER BY name DESC LIMIT ${renewed.length - fairShare})
        RETURNING id::text`
      released = rows.map((row) => row.id)
    }
    const releasedSet = new Set(released)
    return {
      held: [...renewed.filter((node) => !releasedSet.has(node.id)), ...acquired],
      acquired: acquired.map((node) => node.id),
      released,
    }
  })
}

/** A clean shutdown hands the nodes back at once instead of letting their leases run out. */
export async function releaseNodeLeases({ client, agentId }: { client: Db; agentId: string }) {
  await client.$transaction([
    client.$executeRaw`UPDATE "Node" SET "agentId" = NULL, "leaseExpiresAt" = NULL WHERE "agentId" = ${agentId}`,
    client.$executeRaw`DELETE FROM "NodeAgent" WHERE id = ${agentId}`,
  ])
}
