// One guarded step of the node agent: move a container from one stage to the next and record
// the matching event, in one transaction, only if the container is still in the expected stage
// and its group still wants this generation running. Two workers racing on the same step (a
// retried job, the reconciler) therefore produce exactly one event.
import type { Prisma } from '../db/generated/client'
import type { Db } from '../db/client'
import { recordEvent, type TEventInput } from '../containergroups/record-event'

export async function advanceContainer({
  client,
  containerGroupId,
  generation,
  containerId,
  from,
  to,
  data = {},
  event,
}: {
  client: Db
  containerGroupId: string
  generation: number
  containerId: string
  from: string
  to: string
  data?: Prisma.ContainerUpdateManyMutationInput
  event?: Omit<TEventInput, 'containerGroupId'>
}): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const current = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "ContainerGroup"
      WHERE id = ${containerGroupId}::uuid AND generation = ${generation} AND "desiredState" = 'Running'
      FOR SHARE`
    if (current.length === 0) return false
    const { count } = await tx.container.updateMany({ where: { id: containerId, lifecycleStage: from }, data: { ...data, lifecycleStage: to } })
    if (count === 0) return false
    if (event) await recordEvent({ client: tx, event: { ...event, containerGroupId } })
    return true
  })
}
