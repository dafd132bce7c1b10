// Events as ACI reports them: a repeat of the same event (same container, reason and message)
// is not a new row but bumps `count` and `lastTimestamp`, which is how `Started` reaches
// count 3 after three restarts.
import type { Db, Tx } from '../db/client'

export type TEventType = 'Normal' | 'Warning'

export type TEventInput = {
  containerGroupId: string
  containerName: string | null
  name: string
  message: string
  type?: TEventType
  at?: Date
}

export async function recordEvent({ client, event }: { client: Db | Tx; event: TEventInput }) {
  const { containerGroupId, containerName, name, message, type = 'Normal', at = new Date() } = event
  const existing = await client.event.findFirst({ where: { containerGroupId, containerName, name, message, type }, select: { id: true } })
  if (existing) {
    return client.event.update({ where: { id: existing.id }, data: { count: { increment: 1 }, lastTimestamp: at } })
  }
  return client.event.create({ data: { containerGroupId, containerName, name, message, type, firstTimestamp: at, lastTimestamp: at } })
}
