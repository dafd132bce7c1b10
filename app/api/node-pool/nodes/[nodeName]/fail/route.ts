// POST /api/node-pool/nodes/{nodeName}/fail – stop a node's heartbeat on purpose (it turns NotReady, its groups move)
import { nodePoolRoute } from '@/app/api/node-pool/_lib/node-pool-route'
import { failNode } from '@/server/nodes/fail-node'

export const POST = nodePoolRoute<{ nodeName: string }>(async ({ principal, params }) => failNode({ principal, nodeName: params.nodeName }))
