// One transaction per agent batch: the guarded stage changes of many containers, their events
// (coalesced like recordEvent does), and the settled state of their groups, with capacity given
// back by the groups that finished. The guards are the same as for a single container: the group
// must still want this generation running (a shared row lock, so stop/delete/restart wait for us
// or we see their outcome) and the container must still be in the stage the write starts from.
import type { Db, Tx } from '../db/client'
import { deriveGroupOutcome, type TGroupOutcome } from '../runtime/container-group-state'
import { exitCodeOf, type TGroupRun } from './container-run'
import type { TContainerWrite } from './container-steps'

export type TBatchItem = { group: TGroupRun; writes: TContainerWrite[] }

export type TBatchResult = {
  moved: Set<string>
  /** Groups whose generation is gone (stopped, deleted, restarted, evicted): reload them. */
  stale: Set<string>
  outcomes: Map<string, TGroupOutcome>
}

export function inaccessibleImageError(image: string, containerGroupName: string) {
  return {
    code: 'InaccessibleImage',
    message: `The image '${image}' in container group '${containerGroupName}' is not accessible. Please check the image and registry credential.`,
  }
}

/** The group's outcome once the writes that went through are applied to what the agent knows. */
export function projectedOutcome(group: TGroupRun, writes: TContainerWrite[], moved: Set<string>): TGroupOutcome {
  const byContainer = new Map(writes.filter((w) => moved.has(w.containerId)).map((w) => [w.containerId, w]))
  const containers = group.containers.map((c) => {
    const write = byContainer.get(c.id)
    const currentState = write?.currentState ?? c.currentState
    return { lifecycleStage: write?.to ?? c.stage, exitCode: exitCodeOf({ currentState }) }
  })
  return deriveGroupOutcome({ containers, restartPolicy: group.restartPolicy, provisioningState: group.provisioningState })
}

async function lockCurrentGroups(tx: Tx, items: TBatchItem[]): Promise<Set<string>> {
  const ids = items.map((item) => item.group.id).sort()
  const rows = await tx.$queryRaw<{ id: string; generation: number }[]>`
    SELECT id::text, generation FROM "ContainerGroup"
    WHERE id = ANY(${ids}::uuid[]) AND "desiredState" = 'Running'
    ORDER BY id FOR SHARE`
  const generations = new Map(rows.map((row) => [row.id, row.generation]))
  return new Set(items.filter((item) => generations.get(item.group.id) === item.group.generation).map((item) => item.group.id))
}

async function moveContainers(tx: Tx, items: TBatchItem[]): Promise<Set<string>> {
  const rows = items.flatMap(({ writes }) =>
    writes.map((w) => ({
      containerId: w.containerId,
      from: w.from,
      to: w.to,
      currentState: w.currentState,
      previousState: w.previousState,
      setPrevious: w.previousState !== null,
      restartIncrement: w.restartIncrement,
    })),
  )
  if (rows.length === 0) return new Set()
  const moved = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Container" c SET
      "lifecycleStage" = i."to",
      "currentState" = COALESCE(i."currentState", c."currentState"),
      "previousState" = CASE WHEN i."setPrevious" THEN i."previousState" ELSE c."previousState" END,
      "restartCount" = c."restartCount" + i."restartIncrement"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS i(
      "containerId" uuid, "from" text, "to" text, "currentState" jsonb, "previousState" jsonb, "setPrevious" boolean, "restartIncrement" int)
    WHERE c.id = i."containerId" AND c."lifecycleStage" = i."from"
    RETURNING c.id::text`
  return new Set(moved.map((row) => row.id))
}

async function recordEvents(tx: Tx, items: TBatchItem[], moved: Set<string>) {
  const rows = items.flatMap(({ group, writes }) =>
    writes
      .filter((w) => moved.has(w.containerId))
      .flatMap((w) => {
        const containerName = group.containers.find((c) => c.id === w.containerId)?.name ?? null
        return w.events.map((e) => ({ groupId: group.id, containerName, name: e.name, message: e.message, type: e.type, at: e.at.toISOString() }))
      }),
  )
  if (rows.length === 0) return
  // A repeat of an event bumps its count and lastTimestamp; a new one is inserted.
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS i("groupId" uuid, "containerName" text, name text, message text, type text, at timestamp(3))
    ), bumped AS (
      UPDATE "Event" e SET count = e.count + 1, "lastTimestamp" = i.at
      FROM input i
      WHERE e."containerGroupId" = i."groupId" AND e."containerName" IS NOT DISTINCT FROM i."containerName"
        AND e.name = i.name AND e.message = i.message AND e.type = i.type
      RETURNING i."groupId", i."containerName", i.name, i.message, i.type
    )
    INSERT INTO "Event" (id, "containerGroupId", "containerName", name, message, type, count, "firstTimestamp", "lastTimestamp")
    SELECT gen_random_uuid(), i."groupId", i."containerName", i.name, i.message, i.type, 1, i.at, i.at FROM input i
    WHERE NOT EXISTS (
      SELECT 1 FROM bumped b
      WHERE b."groupId" = i."groupId" AND b."containerName" IS NOT DISTINCT FROM i."containerName"
        AND b.name = i.name AND b.message = i.message AND b.type = i.type)`
}

async function settleGroups(tx: Tx, settled: Array<{ group: TGroupRun; outcome: TGroupOutcome; failedImage?: string }>) {
  if (settled.length === 0) return
  const rows = settled.map(({ group, outcome }) => ({ id: group.id, state: outcome.state, provisioningState: outcome.provisioningState }))
  await tx.$executeRaw`
    UPDATE "ContainerGroup" g SET state = i.state, "provisioningState" = i."provisioningState", "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS i(id uuid, state text, "provisioningState" text)
    WHERE g.id = i.id`
  const succeeded = settled.filter((s) => s.outcome.provisioningState === 'Succeeded').map((s) => s.group.id)
  if (succeeded.length > 0) {
    await tx.$executeRaw`
      UPDATE "Operation" SET status = 'Succeeded', "endTime" = now()
      WHERE "containerGroupId" = ANY(${succeeded}::uuid[]) AND status = 'Pending'`
  }
  const failed = settled
    .filter((s) => s.outcome.provisioningState === 'Failed')
    .map((s) => ({ id: s.group.id, error: inaccessibleImageError(s.failedImage ?? '', s.group.name) }))
  if (failed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Operation" o SET status = 'Failed', "endTime" = now(), error = i.error
      FROM jsonb_to_recordset(${JSON.stringify(failed)}::jsonb) AS i(id uuid, error jsonb)
      WHERE o."containerGroupId" = i.id AND o.status = 'Pending'`
  }
  const finished = settled.filter((s) => s.outcome.finished).map((s) => s.group.id)
  if (finished.length > 0) {
    // A finished group holds no running process: its capacity goes back in this transaction,
    // so allocated == sum of placements holds at every commit.
    await tx.$executeRaw`
      WITH released AS (
        DELETE FROM "Placement" WHERE "containerGroupId" = ANY(${finished}::uuid[])
        RETURNING "nodeId", "cpuMillicores", "memoryMb"
      ), totals AS (
        SELECT "nodeId", SUM("cpuMillicores")::int AS cpu, SUM("memoryMb")::int AS memory FROM released GROUP BY "nodeId"
      )
      UPDATE "Node" n SET "cpuAllocatedMillicores" = n."cpuAllocatedMillicores" - t.cpu, "memoryAllocatedMb" = n."memoryAllocatedMb" - t.memory
      FROM totals t WHERE n.id = t."nodeId"`
  }
}

export async function commitContainerSteps({ client, items }: { client: Db; items: TBatchItem[] }): Promise<TBatchResult> {
  return client.$transaction(
    async (tx) => {
      const current = await lockCurrentGroups(tx, items)
      const live = items.filter((item) => current.has(item.group.id))
      const moved = await moveContainers(tx, live)
      await recordEvents(tx, live, moved)
      const outcomes = new Map<string, TGroupOutcome>()
      const settled: Array<{ group: TGroupRun; outcome: TGroupOutcome; failedImage?: string }> = []
      for (const { group, writes } of live) {
        const outcome = projectedOutcome(group, writes, moved)
        outcomes.set(group.id, outcome)
        if (outcome.state === group.state && outcome.provisioningState === group.provisioningState && !outcome.finished) continue
        const failedWrite = writes.find((w) => moved.has(w.containerId) && w.to === 'Failed')
        const failedImage = group.containers.find((c) => c.id === failedWrite?.containerId || c.stage === 'Failed')?.image
        settled.push({ group, outcome, failedImage })
      }
      await settleGroups(tx, settled)
      const stale = new Set(items.filter((item) => !current.has(item.group.id)).map((item) => item.group.id))
      return { moved, stale, outcomes }
    },
    { timeout: 30_000, maxWait: 10_000 },
  )
}
