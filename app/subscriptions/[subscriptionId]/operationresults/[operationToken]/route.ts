// GET /subscriptions/{s}/operationresults/{token} – poll a resource-group deletion (202 until done, then 200; never 204)
import { armEmpty, armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { decodeOperationResultToken } from '@/server/arm/operation-result-token'
import { getResourceGroupDeletionStatus } from '@/server/resourcegroups/get-resource-group-deletion-status'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; operationToken: string }>(async ({ principal, params, url, origin }) => {
  const token = decodeOperationResultToken(params.operationToken)
  const result = await getResourceGroupDeletionStatus({ principal, subscriptionId: params.subscriptionId, operationId: token.operationId })
  if (result.status === 'succeeded') return armEmpty(200)
  if (result.status === 'failed') return armJson({ error: result.error }, { status: 409 })
  return armEmpty(202, { location: `${origin}${url.pathname}${url.search}`, 'retry-after': '1' })
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
