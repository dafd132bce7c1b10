// Live tail for Server-Sent Events. XREAD BLOCK holds its connection until a line arrives, so
// every follower gets a connection of its own and closes it when the client goes away. When the
// container restarts, the marker written into the old stream moves the follower to the new one.
import { createRedis } from '../redis'
import { resolveLogStreamKey } from './begin-log-instance'
import { logStreamKey, nextInstanceOf, toLogLine, type TLogInstance, type TLogLine } from './log-stream-key'

export type TFollowBatch = TLogLine[]

/**
 * Yields batches of lines appended after `afterId` ("0-0" = from the start), and an empty batch
 * every `idleMs` without news so the caller can send a keep-alive. Ends when `signal` aborts.
 */
export async function* followLogLines({
  containerGroupId,
  containerName,
  afterId = '0-0',
  instance = 'current',
  signal,
  idleMs = 15_000,
}: {
  containerGroupId: string
  containerName: string
  afterId?: string
  instance?: TLogInstance
  signal: AbortSignal
  idleMs?: number
}): AsyncGenerator<TFollowBatch> {
  const redis = createRedis()
  // Closing the connection is what interrupts a pending XREAD BLOCK.
  const close = () => redis.disconnect()
  signal.addEventListener('abort', close, { once: true })
  let lastId = afterId
  try {
    let key = await resolveLogStreamKey({ redis, containerGroupId, containerName, instance })
    while (!signal.aborted) {
      if (!key) {
        // No instance yet (a container still pulling): look again after a short wait.
        await new Promise((resolve) => setTimeout(resolve, Math.min(idleMs, 500)))
        key = await resolveLogStreamKey({ redis, containerGroupId, containerName, instance })
        if (!key) yield []
        continue
      }
      const result = (await redis.xread('BLOCK', idleMs, 'STREAMS', key, lastId).catch((error) => {
        if (signal.aborted) return null
        throw error
      })) as [string, [string, string[]][]][] | null
      if (signal.aborted) return
      const entries = result?.[0]?.[1] ?? []
      const batch: TLogLine[] = []
      let next: string | null = null
      for (const [id, fields] of entries) {
        lastId = id
        const line = toLogLine(id, fields)
        if (line) batch.push(line)
        next ??= instance === 'current' ? nextInstanceOf(fields) : null
      }
      if (next) {
        key = logStreamKey(containerGroupId, containerName, next)
        lastId = '0-0'
      }
      yield batch
    }
  } finally {
    signal.removeEventListener('abort', close)
    redis.disconnect()
  }
}
