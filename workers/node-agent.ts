// node --import tsx workers/node-agent.ts – one node agent process: it takes its share of the
// node pool by leases and simulates every node it holds (server/nodeagents/start-node-agent.ts).
// Start several to spread the nodes; kill one and the others take its nodes over.
import { db } from '../server/db/client'
import { sharedRedis } from '../server/redis'
import { startNodeAgent } from '../server/nodeagents/start-node-agent'

const agent = startNodeAgent()
console.log(`node-agent: ready (pid ${process.pid}, agent ${agent.agentId})`)

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  console.log(`node-agent: ${signal} received, handing the nodes back`)
  try {
    await agent.stop()
    sharedRedis().disconnect()
    await db.$disconnect()
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
