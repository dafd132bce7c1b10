// POST /api/node-pool/nodes – add nodes to a region: {region, osType, count, cpuCores, memoryGb, gpuCount, labels}
import { addNodes } from '@/server/nodes/add-nodes'
import { nodePoolRoute, readJsonBody } from '@/app/api/node-pool/_lib/node-pool-route'
import type { TAddNodesInput } from '@/server/nodes/schemas'

export const POST = nodePoolRoute(async ({ principal, request }) => addNodes({ principal, input: (await readJsonBody(request)) as TAddNodesInput }))
