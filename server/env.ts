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
  NEXTAUTH_SECRET: z.string().min(1).default('cerulean-development-secret-change-me'),
  // Simulated time scale for lifecycle stages: 1 = realistic seconds, 0 = instant.
  CERULEAN_STAGE_DELAY_SCALE: z.coerce.number().min(0).default(1),
})

export type TEnv = z.infer<typeof ZEnv>
export const env: TEnv = ZEnv.parse(process.env)
