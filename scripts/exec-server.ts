// npx tsx scripts/exec-server.ts – the container exec websocket server (started by `npm start`).
// Serves ws://<host>:CERULEAN_EXEC_PORT/api/exec/<session>; the HTTPS listener forwards
// wss://<host>:CERULEAN_HTTPS_PORT/api/exec/... here too.
import { db } from '../server/db/client'
import { env } from '../server/env'
import { startExecServer } from '../server/exec/exec-websocket-server'
import { sharedRedis } from '../server/redis'

const server = await startExecServer({ port: env.CERULEAN_EXEC_PORT })
console.log(`exec: websockets on ws://localhost:${env.CERULEAN_EXEC_PORT}/api/exec/<session> (pid ${process.pid})`)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => {
      sharedRedis().disconnect()
      void db.$disconnect().finally(() => process.exit(0))
    })
    server.closeAllConnections()
  })
}
