// GET /api/node-pool – every node per region with state, allocation and agent (admins only)
import { findNodePool } from '@/server/nodes/find-node-pool'
import { nodePoolRoute } from '@/app/api/node-pool/_lib/node-pool-route'

export const dynamic = 'force-dynamic'

export const GET = nodePoolRoute(async ({ principal }) => findNodePool({ principal }))
