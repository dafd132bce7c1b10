// The token in a resource-group deletion's Location URL. It reads like ARM's (base64url JSON with
// jobId and jobLocation) and carries the ids needed to answer the poll without guessing by name.
import { z } from 'zod'
import { ArmError } from './errors'

const ZOperationResultToken = z.object({
  jobId: z.string(),
  jobLocation: z.string(),
  operationId: z.uuid(),
  resourceGroupId: z.uuid(),
})
export type TOperationResultToken = z.infer<typeof ZOperationResultToken>

export function encodeOperationResultToken({ resourceGroupName, location, operationId, resourceGroupId }: { resourceGroupName: string; location: string; operationId: string; resourceGroupId: string }) {
  const token: TOperationResultToken = {
    jobId: `RESOURCEGROUPDELETIONJOB-${resourceGroupName.toUpperCase()}-${location.toUpperCase()}`,
    jobLocation: location,
    operationId,
    resourceGroupId,
  }
  return Buffer.from(JSON.stringify(token)).toString('base64url')
}

export function decodeOperationResultToken(token: string): TOperationResultToken {
  const notFound = new ArmError('ResourceNotFound', `The operation result '${token.slice(0, 200)}' could not be found.`)
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(token)) throw notFound
  try {
    const parsed = ZOperationResultToken.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')))
    if (!parsed.success) throw notFound
    return parsed.data
  } catch {
    throw notFound
  }
}
