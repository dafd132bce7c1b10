// POST /api/node-pool/nodes/{nodeName}/uncordon – let the scheduler use a cordoned node again
import { nodePoolRoute } from '@/app/api/node-pool/_lib/node-pool-route'
import { uncordonNode } from '@/server/nodes/uncordon-node'

export const POST = nodePoolRoute<{ nodeName: string }>(async ({ principal, params }) => uncordonNode({ principal, nodeName: params.nodeName }))
