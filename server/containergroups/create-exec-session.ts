// Containers_ExecuteCommand and Containers_Attach answer with a websocket URI and a one-time
// password; the websocket endpoint redeems the pair. Only a hash of the password is kept, and a
// session expires unused after a few minutes, as ACI's do.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { redisKey, sharedRedis } from '../redis'
import { getContainerGroupOrThrow } from './get-container-group-or-throw'

const SESSION_TTL_SECONDS = 300

const ZExecSession = z.object({
  containerGroupId: z.uuid(),
  containerName: z.string(),
  mode: z.enum(['exec', 'attach']),
  command: z.string().nullable(),
  rows: z.number().int().nullable(),
  cols: z.number().int().nullable(),
  passwordHash: z.string(),
})
export type TExecSession = Omit<z.infer<typeof ZExecSession>, 'passwordHash'>

function hashPassword(password: string): string {
  return createHash('sha256').update(password).digest('hex')
}

function sessionKey(sessionId: string): string {
  return redisKey('exec-session', sessionId)
}

export async function createExecSession({
  principal,
  subscriptionId,
  resourceGroupName,
  containerGroupName,
  containerName,
  mode,
  command = null,
  terminalSize = null,
  websocketOrigin,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  containerGroupName: string
  containerName: string
  mode: 'exec' | 'attach'
  command?: string | null
  terminalSize?: { rows: number; cols: number } | null
  /** wss://host[:port] the client reaches Cerulean on. */
  websocketOrigin: string
}) {
  const group = await getContainerGroupOrThrow({ principal, subscriptionId, resourceGroupName, name: containerGroupName, permission: 'containerGroups.action' })
  const container = group.containers.find((c) => c.name === containerName.toLowerCase())
  if (!container) {
    throw new ArmError('ResourceNotFound', `The container '${containerName}' in container group '${group.name}' was not found.`)
  }
  return storeExecSession({ containerGroupId: group.id, containerName: container.name, mode, command, terminalSize, websocketOrigin })
}

/** Keeps a session for an already authorized caller; returns the URI and the one-time password. */
export async function storeExecSession({
  containerGroupId,
  containerName,
  mode,
  command,
  terminalSize,
  websocketOrigin,
}: {
  containerGroupId: string
  containerName: string
  mode: 'exec' | 'attach'
  command: string | null
  terminalSize: { rows: number; cols: number } | null
  websocketOrigin: string
}) {
  const sessionId = randomUUID()
  const password = randomBytes(24).toString('base64url')
  const session: z.infer<typeof ZExecSession> = {
    containerGroupId,
    containerName,
    mode,
    command,
    rows: terminalSize?.rows ?? null,
    cols: terminalSize?.cols ?? null,
    passwordHash: hashPassword(password),
  }
  await sharedRedis().set(sessionKey(sessionId), JSON.stringify(session), 'EX', SESSION_TTL_SECONDS)
  return { webSocketUri: `${websocketOrigin}/api/exec/${sessionId}`, password }
}

/** For the websocket endpoint: the session if the password matches; a session is usable once. */
export async function redeemExecSession({ sessionId, password }: { sessionId: string; password: string }): Promise<TExecSession | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null
  const raw = await sharedRedis().getdel(sessionKey(sessionId))
  if (!raw) return null
  const parsed = ZExecSession.safeParse(JSON.parse(raw))
  if (!parsed.success) return null
  const expected = Buffer.from(parsed.data.passwordHash, 'hex')
  const given = Buffer.from(hashPassword(password), 'hex')
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  const { passwordHash: _, ...session } = parsed.data
  return session
}
