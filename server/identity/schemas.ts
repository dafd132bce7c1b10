// Input shapes of the identity domain: the token request (an OAuth form) and the
// creation of a service principal, shared by the CLI, the portal and the tests.
import { z } from 'zod'

export const SERVICE_PRINCIPAL_ROLES = ['Owner', 'Contributor', 'Reader'] as const

// Resource-group names per ARM: letters, digits, ._-() and not ending in a period.
const SCOPE_PATTERN = /^\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/resourcegroups\/[-\w._()]{1,90})?\/?$/i

export const ZCreateServicePrincipalInput = z.object({
  tenantId: z.uuid(),
  displayName: z.string().trim().min(1, 'Enter a name for the application.').max(120),
  role: z.enum(SERVICE_PRINCIPAL_ROLES).default('Contributor'),
  scope: z.string().regex(SCOPE_PATTERN, "The scope must be '/subscriptions/{id}' or '/subscriptions/{id}/resourceGroups/{name}'."),
})
export type TCreateServicePrincipalInput = z.input<typeof ZCreateServicePrincipalInput>

// Fields are optional here: which one is missing decides the AADSTS error returned.
export const ZTokenRequest = z.object({
  grant_type: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
  scope: z.string().optional(),
  resource: z.string().optional(),
})
export type TTokenRequest = z.infer<typeof ZTokenRequest>
