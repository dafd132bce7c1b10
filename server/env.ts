// process.env, parsed once. Everything else imports `env` from here.
import { z } from 'zod'

const ZEnv = z.object({
  DATABASE_URL: z.string().min(1).default('postgresql://postgres@127.0.0.1:5432/cerulean'),
  REDIS_URL: z.string().min(1).default('redis://127.0.0.1:6379'),
  // Prefix for every Redis key Cerulean writes (BullMQ queues, log streams), so that
  // test files and several stacks can share one Redis without clashing.
  REDIS_PREFIX: z.string().min(1).default('cerulean'),
  // DNS zone of container-group FQDNs. Azure uses azurecontainer.io; the default lives under
  // .localhost, which browsers resolve to loopback without any DNS setup.
  CERULEAN_DNS_ZONE: z.string().min(1).default('aci.localhost'),
  // The port the portal (and the FQDN gateway) answers on, used to build clickable links.
  PORT: z.coerce.number().int().positive().default(3000),
  // Signs the portal's sessions. The default is public, so it serves development and tests only
  // (see readEnv below).
  NEXTAUTH_SECRET: z.string().min(1).default('cerulean-development-secret-change-me'),
  // Simulated time scale for lifecycle stages: 1 = realistic seconds, 0 = instant.
  CERULEAN_STAGE_DELAY_SCALE: z.coerce.number().min(0).default(1),
  // Which roles `npm run workers` plays: the controller (scheduler, reconciler, node monitor on
  // BullMQ) and/or a node agent (simulated kubelets). Tests and large setups run them apart.
  CERULEAN_WORKER_ROLES: z
    .string()
    .default('controller,agent')
    .transform((value) => value.split(',').map((role) => role.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['controller', 'agent'])).min(1)),
  // A node agent holds its nodes by a lease in Postgres, renewed (with the nodes' heartbeat) in
  // one UPDATE every RENEW ms; a lease not renewed for LEASE ms may be taken by another agent.
  CERULEAN_NODE_LEASE_MS: z.coerce.number().int().positive().default(6_000),
  CERULEAN_NODE_LEASE_RENEW_MS: z.coerce.number().int().positive().default(2_000),
  // A node whose heartbeat is older than this turns NotReady and its container groups move.
  CERULEAN_NODE_HEARTBEAT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  // Scheduler: the default scoring policy (a call may choose another) and, when nothing fits,
  // how long a group waits for capacity and how its retries back off before it fails.
  CERULEAN_SCHEDULER_POLICY: z.enum(['binpack', 'spread', 'balanced']).default('binpack'),
  CERULEAN_SCHEDULER_RETRY_WINDOW_MS: z.coerce.number().int().min(0).default(60_000),
  CERULEAN_SCHEDULER_RETRY_BASE_MS: z.coerce.number().int().positive().default(1_000),
  CERULEAN_SCHEDULER_RETRY_MAX_MS: z.coerce.number().int().positive().default(16_000),
  // How often the reconciler re-enqueues what lost triggers left behind.
  CERULEAN_RECONCILE_EVERY_MS: z.coerce.number().int().positive().default(10_000),
  // ACI quotas per subscription and region, as Azure's defaults (resource-and-quota-limits).
  ACI_QUOTA_CONTAINER_GROUPS: z.coerce.number().int().min(0).default(100),
  ACI_QUOTA_STANDARD_CORES: z.coerce.number().min(0).default(100),
  // ARM throttling: a token bucket per subscription and kind of request (read, write, delete),
  // sized like ARM's (bucket, refill per second). 'false' turns it off.
  ARM_THROTTLE_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  // Items per page of ARM list operations (container groups); clients follow nextLink.
  ARM_LIST_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  ARM_THROTTLE_READ_BUCKET: z.coerce.number().int().positive().default(250),
  ARM_THROTTLE_READ_REFILL_PER_SECOND: z.coerce.number().positive().default(25),
  ARM_THROTTLE_WRITE_BUCKET: z.coerce.number().int().positive().default(200),
  ARM_THROTTLE_WRITE_REFILL_PER_SECOND: z.coerce.number().positive().default(10),
  // Where Cerulean keeps what it generates on first start: the local CA, the HTTPS
  // certificate and the token-signing key (.data/ is git-ignored).
  CERULEAN_DATA_DIR: z.string().min(1).default('.data'),
  // The HTTPS listener the Azure SDKs and az talk to: they refuse bearer tokens over http.
  CERULEAN_HTTPS_PORT: z.coerce.number().int().positive().default(3443),
  // Container exec websockets for the plain-http portal (Next.js cannot take upgrades); over
  // https the HTTPS listener forwards /api/exec to the same server.
  CERULEAN_EXEC_PORT: z.coerce.number().int().positive().default(3022),
})

export type TEnv = z.infer<typeof ZEnv>

/**
 * A production server signing sessions with the public default would accept sessions anyone can
 * forge, so it refuses to start. `next build` runs with NODE_ENV=production too but serves nothing.
 */
export function readEnv(source: NodeJS.ProcessEnv): TEnv {
  if (source.NODE_ENV === 'production' && !source.NEXTAUTH_SECRET && source.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('NEXTAUTH_SECRET is not set. In production it must be a secret of your own, e.g. export NEXTAUTH_SECRET=$(openssl rand -base64 32)')
  }
  return ZEnv.parse(source)
}

export const env: TEnv = readEnv(process.env)
