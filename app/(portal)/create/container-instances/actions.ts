'use server'
// Server actions of the Create container instance wizard. Each is wrapped by portalAction,
// which checks the session and parses the input; the work itself lives in server/.
import { z } from 'zod'
import { portalAction } from '@/server/auth/portal-action'
import { checkContainerGroupName } from '@/server/containergroups/check-container-group-name'
import { checkDnsNameLabel } from '@/server/containergroups/check-dns-name-label'
import { createContainerGroupDeployment } from '@/server/containergroups/create-container-group-deployment'
import { DNS_NAME_LABEL_SCOPES, type TCreateContainerGroupInput } from '@/server/containergroups/schemas'
import { validateContainerGroup, ZValidateContainerGroupInput } from '@/server/containergroups/validate-container-group'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'

const ZCheckNameInput = z.object({ subscriptionId: z.string(), resourceGroupName: z.string(), name: z.string() })

export const checkContainerGroupNameAction = portalAction(ZCheckNameInput, ({ principal, input }) => checkContainerGroupName({ principal, ...input }))

const ZCheckDnsInput = z.object({
  subscriptionId: z.string(),
  resourceGroupName: z.string(),
  location: z.string(),
  label: z.string(),
  scope: z.enum(DNS_NAME_LABEL_SCOPES),
})

export const checkDnsNameLabelAction = portalAction(ZCheckDnsInput, async ({ principal, input }) => {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId: input.subscriptionId })
  return checkDnsNameLabel({ principal, ...input, subscriptionId: subscription.id })
})

export const validateContainerGroupAction = portalAction(ZValidateContainerGroupInput, ({ principal, input }) => validateContainerGroup({ principal, input }))

// The group itself is parsed by the domain layer, so its errors carry the create-input paths
// the wizard maps back to its fields.
const ZCreateDeploymentInput = z.object({
  subscriptionId: z.string().min(1, 'Select a subscription.'),
  newResourceGroup: z.boolean(),
  group: z.custom<TCreateContainerGroupInput>((value) => typeof value === 'object' && value !== null, 'The container group is missing.'),
})

export const createContainerInstanceAction = portalAction(ZCreateDeploymentInput, async ({ principal, input }) => {
  const { containerGroup, operation } = await createContainerGroupDeployment({
    principal,
    subscriptionId: input.subscriptionId,
    newResourceGroup: input.newResourceGroup,
    input: input.group,
  })
  return { operationId: operation.id, containerGroupName: containerGroup.name }
})
