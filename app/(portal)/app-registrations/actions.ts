'use server'
import { z } from 'zod'
import { portalAction } from '@/server/auth/portal-action'
import { createServicePrincipal } from '@/server/identity/create-service-principal'
import { SERVICE_PRINCIPAL_ROLES } from '@/server/identity/schemas'

const ZCreateAppRegistrationFormInput = z.object({
  displayName: z.string().trim().min(1, 'Enter a name for the application.').max(120),
  role: z.enum(SERVICE_PRINCIPAL_ROLES),
  subscriptionId: z.uuid('Select a subscription.'),
  resourceGroupName: z.string().trim().max(90).optional(),
})

// The tenant is always the caller's: the form cannot name another one.
export const createAppRegistrationAction = portalAction(ZCreateAppRegistrationFormInput, async ({ principal, input }) => {
  const scope = `/subscriptions/${input.subscriptionId}${input.resourceGroupName ? `/resourceGroups/${input.resourceGroupName}` : ''}`
  const created = await createServicePrincipal({
    principal,
    input: { tenantId: principal.tenantId, displayName: input.displayName, role: input.role, scope },
  })
  return { appId: created.appId, displayName: created.displayName, password: created.password, tenant: created.tenant, subscriptionId: created.subscriptionId }
})
