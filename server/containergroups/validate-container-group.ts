// The server half of the wizard's "Review + create" validation: what only the database can
// answer (is the new resource group's name free, is the container name free in its group, is
// the DNS name label free in its scope). The shape rules run in the browser with the same schema.
import { z } from 'zod'
import { db } from '../db/client'
import { isArmError } from '../arm/errors'
import { normalizeRegion } from '../arm/regions'
import { hasPermission, resourceGroupScope, type TPrincipal } from '../auth/permissions'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'
import { checkContainerGroupName } from './check-container-group-name'
import { checkDnsNameLabel } from './check-dns-name-label'
import { DNS_NAME_LABEL_SCOPES, ZContainerGroupName, ZDnsNameLabel, ZResourceGroupName } from './schemas'

export const ZValidateContainerGroupInput = z.object({
  subscriptionId: z.string().min(1, 'Select a subscription.'),
  resourceGroupName: z.string(),
  newResourceGroup: z.boolean(),
  name: z.string(),
  location: z.string(),
  dnsNameLabel: z.string().optional(),
  dnsNameLabelScope: z.enum(DNS_NAME_LABEL_SCOPES).default('TenantReuse'),
})
export type TValidateContainerGroupInput = z.input<typeof ZValidateContainerGroupInput>

/** A problem named by its create-input path, like the domain layer's error targets. */
export type TValidationProblem = { target: string; message: string }

export async function validateContainerGroup({ principal, input }: { principal: TPrincipal; input: z.output<typeof ZValidateContainerGroupInput> }): Promise<TValidationProblem[]> {
  const problems: TValidationProblem[] = []
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId: input.subscriptionId }).catch((error: unknown) => {
    if (isArmError(error)) return null
    throw error
  })
  if (!subscription) return [{ target: 'subscriptionId', message: `The subscription '${input.subscriptionId}' could not be found.` }]

  const rgName = input.resourceGroupName
  const rgNameValid = ZResourceGroupName.safeParse(rgName).success
  if (rgNameValid) {
    const scope = resourceGroupScope(subscription.id, rgName)
    const existing = await db.resourceGroup.findUnique({ where: { subscriptionId_nameKey: { subscriptionId: subscription.id, nameKey: rgName.toLowerCase() } } })
    if (input.newResourceGroup) {
      // Permission first: whether a group exists is only for those who may see it.
      if (!(await hasPermission(db, principal, scope, 'resourceGroups.write'))) {
        problems.push({ target: 'resourceGroupName', message: 'You do not have permission to create resource groups in this subscription.' })
      } else if (existing) problems.push({ target: 'resourceGroupName', message: `A resource group named '${rgName}' already exists in the selected subscription.` })
    } else if (!existing || !(await hasPermission(db, principal, scope, 'resourceGroups.read'))) {
      problems.push({ target: 'resourceGroupName', message: `Resource group '${rgName}' could not be found.` })
    } else if (!(await hasPermission(db, principal, scope, 'containerGroups.write'))) {
      problems.push({ target: 'resourceGroupName', message: `You do not have permission to create container instances in resource group '${rgName}'.` })
    } else if (ZContainerGroupName.safeParse(input.name).success) {
      const name = await checkContainerGroupName({ principal, subscriptionId: subscription.id, resourceGroupName: rgName, name: input.name })
      if (!name.available) problems.push({ target: 'name', message: name.message! })
    }
  }

  if (input.dnsNameLabel && ZDnsNameLabel.safeParse(input.dnsNameLabel).success && normalizeRegion(input.location)) {
    const dns = await checkDnsNameLabel({
      principal,
      subscriptionId: subscription.id,
      resourceGroupName: rgName,
      location: input.location,
      label: input.dnsNameLabel,
      scope: input.dnsNameLabelScope,
    })
    if (!dns.available) problems.push({ target: 'ipAddress.dnsNameLabel', message: 'DNS name label not available. Try using a different label.' })
  }
  return problems
}
