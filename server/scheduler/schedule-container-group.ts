// The scheduler controller (job containergroups.schedule): filter, score, reserve, then hand the
// group to the node agent. Safe to run any number of times for the same group and generation:
// a stale generation, a deleted or stopped group, or an existing placement all short-circuit.
import { db as defaultDb, type Db } from '../db/client'
import { enqueue, runJobId } from '../jobs/queue'
import { finishOperations } from '../containergroups/finish-operations'
import { recordEvent } from '../containergroups/record-event'
import { rankNodes, type TPlacementStrategy } from './rank-nodes'
import { reservePlacement } from './reserve-placement'

export type TScheduleOutcome = 'stale' | 'placed' | 'already-placed' | 'no-capacity'

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

export async function scheduleContainerGroup({
  client = defaultDb,
  containerGroupId,
  generation,
  strategy = 'binpack',
}: {
  client?: Db
  containerGroupId: string
  generation: number
  strategy?: TPlacementStrategy
}): Promise<TScheduleOutcome> {
  const group = await client.containerGroup.findUnique({
    where: { id: containerGroupId },
    include: { placement: true, containers: { select: { restartCount: true } } },
  })
  if (!group || group.generation !== generation || group.desiredState !== 'Running') return 'stale'
  if (group.provisioningState === 'Failed') return 'stale'

  let outcome: TScheduleOutcome = 'already-placed'
  if (!group.placement) {
    const nodes = await client.node.findMany({ where: { region: group.location, osType: group.osType, state: 'Ready' } })
    const request = { region: group.location, osType: group.osType, cpuMillicores: group.cpuMillicores, memoryMb: group.memoryMb }
    const reservation = await reservePlacement({
      client,
      containerGroupId,
      generation,
      nodeIds: rankNodes({ nodes, request, strategy }).map((node) => node.id),
      cpuMillicores: group.cpuMillicores,
      memoryMb: group.memoryMb,
    })
    if (reservation.status === 'stale') return 'stale'
    if (reservation.status === 'no-capacity') {
      await failUnschedulable({ client, containerGroupId, generation, message: capacityUnavailableMessage(group) })
      return 'no-capacity'
    }
    outcome = reservation.status
  }

  await client.containerGroup.updateMany({ where: { id: containerGroupId, generation, provisioningState: 'Pending' }, data: { provisioningState: 'Creating' } })
  const attempt = Math.max(0, ...group.containers.map((c) => c.restartCount))
  await enqueue('containergroups.run', { containerGroupId, generation, attempt }, { jobId: runJobId(containerGroupId, generation, attempt) })
  return outcome
}

async function failUnschedulable({ client, containerGroupId, generation, message }: { client: Db; containerGroupId: string; generation: number; message: string }) {
  await client.$transaction(async (tx) => {
    // Only the first run that sees no capacity reports it; retries find the group already Failed.
    const { count } = await tx.containerGroup.updateMany({
      where: { id: containerGroupId, generation, provisioningState: { in: ['Pending', 'Creating'] }, placement: { is: null } },
      data: { provisioningState: 'Failed', state: 'Failed' },
    })
    if (count === 0) return
    await recordEvent({ client: tx, event: { containerGroupId, containerName: null, name: 'FailedScheduling', message, type: 'Warning' } })
    await finishOperations({ client: tx, containerGroupId, status: 'Failed', error: { code: 'ServiceUnavailable', message } })
  })
}
