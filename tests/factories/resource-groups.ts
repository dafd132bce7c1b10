import { createResourceGroup } from '../../server/resourcegroups/create-resource-group'
import type { TPrincipal } from '../../server/auth/permissions'

export async function createTestResourceGroup({
  principal,
  subscriptionId,
  name = 'myresourcegroup',
  location = 'eastus',
}: {
  principal: TPrincipal
  subscriptionId: string
  name?: string
  location?: string
}) {
  const { resourceGroup } = await createResourceGroup({ principal, subscriptionId, input: { name, location } })
  return resourceGroup
}
