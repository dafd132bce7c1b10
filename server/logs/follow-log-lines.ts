// Live tail for Server-Sent Events. XREAD BLOCK holds its connection until a line arrives, so
// every follower gets a connection of its own and closes it when the client goes away.
import { createRedis } from '../redis'
import { logStreamKey, toLogLine, type TLogLine } from './log-stream-key'

export type TFollowBatch = TLogLine[]

/**
 * Yields batches of lines appended after `afterId` ("0-0" = from the start), and an empty batch
 * every `idleMs` without news so the caller can send a keep-alive. Ends when `signal` aborts.
 */
export async function* followLogLines({
  containerGroupId,
  containerName,
  afterId = '0-0',
  signal,
  idleMs = 15_000,
}: {
  containerGroupId: string
  containerName: string
  afterId?: string
  signal: AbortSignal
  idleMs?: number
}): AsyncGenerator<TFollowBatch> {
  const redis = createRedis()
  const key = logStreamKey(containerGroupId, containerName)
  // Closing the connection is what interrupts a pending XREAD BLOCK.
  const close = () => redis.disconnect()
  signal.addEventListener('abort', close, { once: true })
  let lastId = afterId
  try {
    while (!signal.aborted) {
      const result = (await redis.xread('BLOCK', idleMs, 'STREAMS', key, lastId).catch((error) => {
        if (signal.aborted) return null
        throw error
      })) as [string, [string, string[]][]][] | null
      if (signal.aborted) return
      const entries = result?.[0]?.[1] ?? []
      const batch = entries.map(([id, fields]) => toLogLine(id, fields))
      if (batch.length > 0) lastId = batch[batch.length - 1].id
      yield batch
    }
  } finally {
    signal.removeEventListener('abort', close)
    redis.disconnect()
  }
}
