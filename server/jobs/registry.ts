// Every background job Cerulean runs: `<domain>.<verb>` with its payload schema.
// workers/processors/<name>.ts handles each one; the worker refuses to start if one is missing.
// Payloads carry ids, never records: a processor reads the current truth from Postgres.
import { z } from 'zod'

export const jobRegistry = {
  // Place a container group on a node (filter, score, reserve).
  'containergroups.schedule': z.object({
    containerGroupId: z.uuid(),
    generation: z.number().int().positive(),
    // Set while no node has room: retries so far and when the wait began (epoch ms).
    waiting: z.object({ attempt: z.number().int().positive(), waitingSince: z.number().int().nonnegative() }).optional(),
  }),
  // Empty and delete the resource group of an accepted deletion operation (its jobId derives from the operation id).
  'resourcegroups.delete': z.object({ operationId: z.uuid() }),
  // Compare desired and observed state and re-enqueue what a lost trigger left behind.
  'containergroups.reconcile': z.object({}),
  // Turn nodes whose heartbeat stopped NotReady (and back) and move their groups elsewhere.
  // Container lifecycles are not jobs: node agents (workers/node-agent.ts) drive them.
  'nodes.monitor': z.object({}),
} as const

export type JobName = keyof typeof jobRegistry
export type JobPayload<N extends JobName> = z.infer<(typeof jobRegistry)[N]>
export const jobNames = Object.keys(jobRegistry) as JobName[]
