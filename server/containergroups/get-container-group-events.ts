import { db } from '../db/client'
import type { TPrincipal } from '../auth/permissions'
import { getContainerGroupByIdOrThrow } from './get-container-group-by-id-or-throw'

export type TContainerGroupEvent = {
  containerName: string | null
  name: string
  message: string
  type: string
  count: number
  firstTimestamp: string
  lastTimestamp: string
}

/** The group's events (all, or one container's), oldest first, in ACI's instanceView shape. */
export async function getContainerGroupEvents({
  principal,
  containerGroupId,
  containerName,
}: {
  principal: TPrincipal
  containerGroupId: string
  containerName?: string
}): Promise<TContainerGroupEvent[]> {
  const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId })
  const events = await db.event.findMany({
    where: { containerGroupId: group.id, ...(containerName !== undefined ? { containerName } : {}) },
    orderBy: [{ firstTimestamp: 'asc' }, { id: 'asc' }],
  })
  return events.map((e) => ({
    containerName: e.containerName,
    name: e.name,
    message: e.message,
    type: e.type,
    count: e.count,
    firstTimestamp: e.firstTimestamp.toISOString(),
    lastTimestamp: e.lastTimestamp.toISOString(),
  }))
}
