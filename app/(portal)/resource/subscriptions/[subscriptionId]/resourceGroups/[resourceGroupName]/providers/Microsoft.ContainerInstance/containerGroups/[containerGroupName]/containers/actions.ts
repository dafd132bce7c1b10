'use server'
import { headers } from 'next/headers'
import { z } from 'zod'
import { execWebSocketOrigin } from '@/server/arm/public-origin'
import { portalAction } from '@/server/auth/portal-action'
import { createPortalExecSession } from '@/server/containergroups/create-portal-exec-session'
import { env } from '@/server/env'

const ZConnectInput = z.object({
  containerGroupId: z.string().min(1),
  containerName: z.string().min(1).max(63),
  command: z.string().trim().min(1, 'Enter a command to start.').max(4096),
})

// The browser opens the websocket itself, on the host it reached the portal by.
export const connectToContainerAction = portalAction(ZConnectInput, async ({ principal, input }) => {
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-forwarded-host')?.split(',')[0]?.trim() || requestHeaders.get('host') || 'localhost'
  const protocol = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http'
  const origin = /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `${protocol}://${host}` : 'http://localhost'
  return createPortalExecSession({ principal, ...input, websocketOrigin: execWebSocketOrigin(origin, env.CERULEAN_EXEC_PORT) })
})
