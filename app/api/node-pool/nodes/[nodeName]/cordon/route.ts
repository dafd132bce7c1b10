// POST /api/node-pool/nodes/{nodeName}/cordon – keep new container groups off a node
import { nodePoolRoute } from '@/app/api/node-pool/_lib/node-pool-route'
import { cordonNode } from '@/server/nodes/cordon-node'

export const POST = nodePoolRoute<{ nodeName: string }>(async ({ principal, params }) => cordonNode({ principal, nodeName: params.nodeName }))
