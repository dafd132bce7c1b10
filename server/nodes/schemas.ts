// Input of the node-pool admin commands, shared by the portal page and app/api/node-pool.
import { z } from 'zod'
import { REGION_NAMES } from '../arm/regions'

export const ZAddNodesInput = z.object({
  region: z.enum(REGION_NAMES, { message: 'Choose one of the ACI regions.' }),
  osType: z.enum(['Linux', 'Windows']).default('Linux'),
  count: z.coerce.number().int().min(1, 'Add at least one node.').max(1_000, 'Add at most 1,000 nodes at a time.'),
  cpuCores: z.coerce.number().int().min(1).max(256).default(16),
  memoryGb: z.coerce.number().int().min(1).max(4_096).default(64),
  gpuCount: z.coerce.number().int().min(0).max(16).default(0),
  labels: z.record(z.string().max(63), z.string().max(63)).default({}),
})
export type TAddNodesInput = z.input<typeof ZAddNodesInput>

export const ZNodeNameInput = z.object({ nodeName: z.string().min(1).max(100) })
export type TNodeNameInput = z.infer<typeof ZNodeNameInput>
