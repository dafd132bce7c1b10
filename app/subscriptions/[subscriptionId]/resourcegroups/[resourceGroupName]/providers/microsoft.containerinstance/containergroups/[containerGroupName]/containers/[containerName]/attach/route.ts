// POST .../containerGroups/{name}/containers/{container}/attach – a websocket URI and one-time password for the output stream
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { execWebSocketOrigin } from '@/server/arm/public-origin'
import { env } from '@/server/env'
import { createExecSession } from '@/server/containergroups/create-exec-session'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const POST = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string; containerName: string }>(async ({ principal, params, origin }) => {
  const session = await createExecSession({
    principal,
    subscriptionId: params.subscriptionId,
    resourceGroupName: params.resourceGroupName,
    containerGroupName: params.containerGroupName,
    containerName: params.containerName,
    mode: 'attach',
    websocketOrigin: execWebSocketOrigin(origin, env.CERULEAN_EXEC_PORT),
  })
  return armJson(session)
})

export const GET = methodNotAllowed
export const HEAD = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
