// The scheduler controller (job containergroups.schedule): filter, score and reserve in one
// statement (reserve-placement.ts, batched with the process's other placements by
// place-container-groups.ts); the Placement row is the hand-off to the node agent. Safe to run any
// number of times, in any number of processes, for the same group and generation: a stale
// generation, a deleted or stopped group, or an existing placement all short-circuit.
import { db as defaultDb, type Db } from '../db/client'
import { env } from '../env'
import { finishOperations } from '../containergroups/finish-operations'
import { recordEvent } from '../containergroups/record-event'
import { placeContainerGroup } from './place-container-groups'
import { sampleSizeFor } from './pool-walk'
import { nextSchedulingRetry, type TBackoffSettings, type TWaiting } from './scheduling-backoff'
import type { TSchedulingPolicy } from './scoring-policies'

export type TScheduleResult =
  | { outcome: 'stale' | 'placed' | 'already-placed' | 'no-capacity' }
  // Nothing fits yet: run again in retryInMs, carrying `waiting` into that run.
  | { outcome: 'waiting'; retryInMs: number; waiting: TWaiting }

function formatQuantity(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** ACI's wording when a region has no room for the request. */
export function capacityUnavailableMessage({ cpuMillicores, memoryMb, location }: { cpuMillicores: number; memoryMb: number; location: string }) {
  return (
    `The requested resource with '${formatQuantity(cpuMillicores / 1000)}' CPU and '${formatQuantity(memoryMb / 1024)}' GB memory ` +
    `is not available in the location '${location}' at this moment. Please retry with a different resource request or in another location.`
  )
}

export function defaultBackoffSettings(): TBackoffSettings {
  return { baseMs: env.CERULEAN_SCHEDULER_RETRY_BASE_MS, maxMs: env.CERULEAN_SCHEDULER_RETRY_MAX_MS, windowMs: env.CERULEAN_SCHEDULER_RETRY_WINDOW_MS }
}

type TGroupRow = {
  generation: number
  desiredState: string
  provisioningState: string
  location: string
  osType: string
  cpuMillicores: number
  memoryMb: number
  nodeId: string | null
}

async function loadGroup(client: Db, containerGroupId: string): Promise<TGroupRow | undefined> {
  const [group] = await client.$queryRaw<TGroupRow[]>`
    SELECT g.generation, g."desiredState", g."provisioningState", g.location, g."osType", g."cpuMillicores", g."memoryMb", p."nodeId"
    FROM "ContainerGroup" g LEFT JOIN "Placement" p ON p."containerGroupId" = g.id
    WHERE g.id = ${containerGroupId}::uuid`
  return group
}

export async function scheduleContainerGroup({
  client = defaultDb,
  containerGroupId,
  generation,
  policy = env.CERULEAN_SCHEDULER_POLICY,
  waiting = null,
  backoff = defaultBackoffSettings(),
}: {
  client?: Db
  containerGroupId: string
  generation: number
  policy?: TSchedulingPolicy
  // Carried from the previous run while the group waits for capacity.
  waiting?: TWaiting | null
  backoff?: TBackoffSettings
}): Promise<TScheduleResult> {
  const group = await loadGroup(client, containerGroupId)
  if (!group || group.generation !== generation || group.desiredState !== 'Running') return { outcome: 'stale' }
  if (group.provisioningState === 'Failed') return { outcome: 'stale' }

  let outcome: 'placed' | 'already-placed' = 'already-placed'
  if (!group.nodeId) {
    const target = { containerGroupId, generation, region: group.location, osType: group.osType, cpuMillicores: group.cpuMillicores, memoryMb: group.memoryMb }
    const sampleSize = await sampleSizeFor(client, target.region, target.osType)
    const reservation = await placeContainerGroup({ client, target, policy, sampleSize })
    if (reservation.status === 'stale') return { outcome: 'stale' }
    if (reservation.status === 'no-capacity') {
      const retry = nextSchedulingRetry({ waiting, now: Date.now(), settings: backoff })
      if (retry) return { outcome: 'waiting', ...retry }
      await failUnschedulable({ client, containerGroupId, generation, message: capacityUnavailableMessage(group) })
      return { outcome: 'no-capacity' }
    }
    outcome = reservation.status === 'placed' ? 'placed' : 'already-placed'
  }
  if (outcome === 'already-placed') {
    await client.containerGroup.updateMany({ where: { id: containerGroupId, generation, provisioningState: 'Pending' }, data: { provisioningState: 'Creating' } })
  }
  // No job to hand over: the Placement row is the hand-off. Its trigger notifies the agent
  // holding the node, which also finds it on its next lease round or reload (server/nodeagents).
  return { outcome }
}

async function failUnschedulable({ client, containerGroupId, generation, message }: { client: Db; containerGroupId: string; generation: number; message: string }) {
  await client.$transaction(async (tx) => {
    // Lock first, then look for a placement in a later statement: its fresh snapshot sees a
    // placement that a parallel scheduler committed while we waited for the lock.
    const current = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ContainerGroup"
      WHERE id = ${containerGroupId}::uuid AND generation = ${generation} AND "provisioningState" IN ('Pending', 'Creating')
      FOR UPDATE`
    // Only the first run that gives up reports it; retries find the group already Failed.
    if (current.length === 0) return
    if (await tx.placement.findUnique({ where: { containerGroupId }, select: { id: true } })) return
    await tx.containerGroup.update({ where: { id: containerGroupId }, data: { provisioningState: 'Failed', state: 'Failed' } })
    await recordEvent({ client: tx, event: { containerGroupId, containerName: null, name: 'FailedScheduling', message, type: 'Warning' } })
    await finishOperations({ client: tx, containerGroupId, status: 'Failed', error: { code: 'ServiceUnavailable', message } })
  })
}
