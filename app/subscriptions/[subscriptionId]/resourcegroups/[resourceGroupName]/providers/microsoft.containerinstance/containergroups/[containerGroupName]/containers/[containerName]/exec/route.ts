// POST .../containerGroups/{name}/containers/{container}/exec – a websocket URI and one-time password to run a command
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { parseOrThrow } from '@/server/arm/parse'
import { ZArmExecRequest } from '@/server/arm/schemas'
import { execWebSocketOrigin } from '@/server/arm/public-origin'
import { env } from '@/server/env'
import { createExecSession } from '@/server/containergroups/create-exec-session'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const POST = armRoute<{ subscriptionId: string; resourceGroupName: string; containerGroupName: string; containerName: string }>(
  async ({ principal, params, readJson, origin }) => {
    const body = parseOrThrow(ZArmExecRequest, (await readJson()) ?? {})
    const session = await createExecSession({
      principal,
      subscriptionId: params.subscriptionId,
      resourceGroupName: params.resourceGroupName,
      containerGroupName: params.containerGroupName,
      containerName: params.containerName,
      mode: 'exec',
      command: body.command,
      terminalSize: body.terminalSize ?? null,
      websocketOrigin: execWebSocketOrigin(origin, env.CERULEAN_EXEC_PORT),
    })
    return armJson(session)
  },
)

export const GET = methodNotAllowed
export const HEAD = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
