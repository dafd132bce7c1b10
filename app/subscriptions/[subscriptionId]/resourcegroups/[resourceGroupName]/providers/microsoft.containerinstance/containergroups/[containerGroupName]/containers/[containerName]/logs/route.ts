// GET .../containerGroups/{name}/containers/{container}/logs – the container's log ({content}; tail, timestamps)
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { getContainerLogs } from '@/server/arm/get-container-logs'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string; containerName: string }>(async ({ principal, params, url }) =>
  armJson(await getContainerLogs({ principal, ...params, tail: url.searchParams.get('tail'), timestamps: url.searchParams.get('timestamps') })),
)

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
