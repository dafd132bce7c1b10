// What the wizard's Create button starts: the "(New)" resource group, if one was chosen, and
// then the container group through the one domain function the ARM API uses too.
import { ArmError, isArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import type { TPrincipal } from '../auth/permissions'
import { createResourceGroup } from '../resourcegroups/create-resource-group'
import { checkDnsNameLabel } from './check-dns-name-label'
import { createContainerGroup, dnsNameLabelTakenError } from './create-container-group'
import { ZCreateContainerGroupInput, type TCreateContainerGroupInput } from './schemas'

export async function createContainerGroupDeployment({
  principal,
  subscriptionId,
  newResourceGroup,
  input,
}: {
  principal: TPrincipal
  subscriptionId: string
  newResourceGroup: boolean
  input: TCreateContainerGroupInput
}) {
  // Refuse bad input before anything is written, so a refused deployment leaves no empty
  // resource group behind. The DNS label is the one conflict a brand-new group can still hit.
  const data = parseOrThrow(ZCreateContainerGroupInput, input)
  if (newResourceGroup) {
    const label = data.ipAddress?.type === 'Public' ? data.ipAddress.dnsNameLabel : undefined
    if (label) {
      const dns = await checkDnsNameLabel({
        principal,
        subscriptionId,
        resourceGroupName: data.resourceGroupName,
        location: data.location,
        label,
        scope: data.ipAddress!.dnsNameLabelScope,
      })
      if (!dns.available) throw dnsNameLabelTakenError(label, data.name)
    }
    // A group that exists already in the same region is used as it is (its tags kept), so a
    // retry after a failed deployment goes through; one in another region is refused.
    await createResourceGroup({ principal, subscriptionId, input: { name: data.resourceGroupName, location: data.location }, createOnly: true }).catch((error: unknown) => {
      if (isArmError(error) && !error.target) throw new ArmError(error.code, error.message, { target: 'resourceGroupName', details: error.details })
      throw error
    })
  }
  return createContainerGroup({ principal, subscriptionId, input })
}
