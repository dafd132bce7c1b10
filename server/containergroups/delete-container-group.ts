// DELETE .../containerGroups/{name}, and the portal's Delete command. The placement is released
// before the row goes (a cascade alone would drop the Placement without giving the node its
// capacity back); queued jobs for the group then find nothing and do nothing.
import { db } from '../db/client'
import type { Prisma } from '../db/generated/client'
import type { TPrincipal } from '../auth/permissions'
import { deleteLogStreams } from '../logs/delete-log-streams'
import { releasePlacementInTransaction } from '../scheduler/release-placement'
import { finishOperations } from './finish-operations'
import { getContainerGroupByIdOrThrow } from './get-container-group-by-id-or-throw'
import { containerGroupInclude } from './get-container-group-or-throw'
import { lockContainerGroupForUpdate } from './lock-container-group'
import { containerGroupResourceId } from './resource-id'

/** Deletes the group and returns it as it was (ARM answers a DELETE with the deleted resource). */
export async function deleteContainerGroup({ principal, containerGroupId }: { principal: TPrincipal; containerGroupId: string }) {
  const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId, permission: 'containerGroups.delete' })
  return deleteLoadedContainerGroup(group)
}

/**
 * The same delete for a caller whose authority was checked earlier: a resource-group deletion
 * running in the worker, accepted when its requester was allowed to delete the whole group.
 */
export async function deleteContainerGroupOfDeletedResourceGroup({ containerGroupId }: { containerGroupId: string }) {
  const group = await db.containerGroup.findUnique({ where: { id: containerGroupId }, include: containerGroupInclude })
  if (!group) return null
  return deleteLoadedContainerGroup(group)
}

async function deleteLoadedContainerGroup(group: Prisma.ContainerGroupGetPayload<{ include: typeof containerGroupInclude }>) {
  const resourceId = containerGroupResourceId(group.subscriptionId, group.resourceGroup.name, group.name)
  const operation = await db.$transaction(async (tx) => {
    // Lost a race with another delete: the group is already gone, which is what was asked.
    if (!(await lockContainerGroupForUpdate(tx, group.id))) return null
    await releasePlacementInTransaction(tx, group.id)
    await finishOperations({ client: tx, containerGroupId: group.id, status: 'Canceled' })
    await tx.containerGroup.delete({ where: { id: group.id } })
    return tx.operation.create({
      data: { kind: 'delete', status: 'Succeeded', endTime: new Date(), subscriptionId: group.subscriptionId, resourceId, location: group.location },
    })
  })
  await deleteLogStreams({ containerGroupId: group.id, containerNames: group.containers.map((c) => c.name) }).catch((error) =>
    console.error(`could not delete the log streams of ${resourceId}`, error),
  )
  return { containerGroup: group, operation }
}
