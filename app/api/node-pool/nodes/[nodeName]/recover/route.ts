// POST /api/node-pool/nodes/{nodeName}/recover – resume the heartbeat of a node failed on purpose
import { nodePoolRoute } from '@/app/api/node-pool/_lib/node-pool-route'
import { recoverNode } from '@/server/nodes/recover-node'

export const POST = nodePoolRoute<{ nodeName: string }>(async ({ principal, params }) => recoverNode({ principal, nodeName: params.nodeName }))
