// A container group's pending operations (create, start, restart) end together: whichever
// the caller is waiting on reports the outcome of the group's current provisioning cycle.
import type { Db, Tx } from '../db/client'

export type TOperationError = { code: string; message: string }

export async function finishOperations({
  client,
  containerGroupId,
  status,
  error,
}: {
  client: Db | Tx
  containerGroupId: string
  status: 'Succeeded' | 'Failed' | 'Canceled'
  error?: TOperationError
}) {
  await client.operation.updateMany({
    where: { containerGroupId, status: 'Pending' },
    data: { status, endTime: new Date(), ...(error ? { error } : {}) },
  })
}
