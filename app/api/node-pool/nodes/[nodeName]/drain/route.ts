// POST /api/node-pool/nodes/{nodeName}/drain – cordon a node and move its container groups elsewhere
import { nodePoolRoute } from '@/app/api/node-pool/_lib/node-pool-route'
import { drainNode } from '@/server/nodes/drain-node'

export const POST = nodePoolRoute<{ nodeName: string }>(async ({ principal, params }) => drainNode({ principal, nodeName: params.nodeName }))
