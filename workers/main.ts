// npm run workers – the control plane's background process. By default it plays both roles:
// the controller (workers/start-controller.ts) and one node agent (server/nodeagents). Set
// CERULEAN_WORKER_ROLES=controller to run the controller alone, and start node agents with
// workers/node-agent.ts, as many as you like: they share the nodes by leases.
import { db } from '../server/db/client'
import { env } from '../server/env'
import { sharedRedis } from '../server/redis'
import { startNodeAgent } from '../server/nodeagents/start-node-agent'
import { startController } from './start-controller'

const roles = env.CERULEAN_WORKER_ROLES
const controller = roles.includes('controller') ? await startController() : undefined
const agent = roles.includes('agent') ? startNodeAgent() : undefined
console.log(`workers: ready (pid ${process.pid}, roles ${roles.join(', ')})`)

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  console.log(`workers: ${signal} received, finishing active jobs`)
  try {
    await agent?.stop()
    await controller?.stop()
    await sharedRedis().quit()
    await db.$disconnect()
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
