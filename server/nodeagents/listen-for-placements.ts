// The push half of handing placements to agents: Postgres NOTIFY from the Placement trigger
// (prisma/migrations/*_node_agents), heard on one dedicated connection per agent. A notification
// is only sent when its transaction commits. Connections drop (Postgres restart, network): the
// listener reconnects with back-off and tells the agent to reload everything, since it may have
// missed notifications meanwhile.
import pg from 'pg'

export const PLACEMENT_CHANNEL = 'cerulean_placements'

export type TPlacementListener = { close: () => Promise<void> }

export function listenForPlacements({
  databaseUrl,
  onPlacement,
  onConnected,
}: {
  databaseUrl: string
  onPlacement: (nodeId: string, containerGroupId: string) => void
  /** Called after every (re)connection: anything may have been missed before it. */
  onConnected: () => void
}): TPlacementListener {
  let client: pg.Client | undefined
  let closed = false
  let retryMs = 250
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  const scheduleReconnect = () => {
    if (closed || retryTimer) return
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      void connect()
    }, retryMs)
    retryMs = Math.min(retryMs * 2, 5_000)
  }

  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl })
    const lost = () => {
      next.end().catch(() => {})
      if (client === next) client = undefined
      scheduleReconnect()
    }
    next.on('error', lost)
    next.on('end', () => {
      if (!closed) lost()
    })
    next.on('notification', (message) => {
      const [nodeId, containerGroupId] = (message.payload ?? '').split(' ')
      if (nodeId && containerGroupId) onPlacement(nodeId, containerGroupId)
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${PLACEMENT_CHANNEL}`)
    } catch {
      next.end().catch(() => {})
      scheduleReconnect()
      return
    }
    if (closed) {
      await next.end().catch(() => {})
      return
    }
    client = next
    retryMs = 250
    onConnected()
  }

  void connect()
  return {
    close: async () => {
      closed = true
      if (retryTimer) clearTimeout(retryTimer)
      await client?.end().catch(() => {})
    },
  }
}
