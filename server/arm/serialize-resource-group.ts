import type { ResourceGroup } from '../db/generated/client'
import { resourceGroupResourceId } from '../containergroups/resource-id'

export const RESOURCE_GROUP_TYPE = 'Microsoft.Resources/resourceGroups'

export function serializeResourceGroup(group: ResourceGroup, options: { deleting?: boolean } = {}) {
  return {
    id: resourceGroupResourceId(group.subscriptionId, group.name),
    name: group.name,
    type: RESOURCE_GROUP_TYPE,
    location: group.location,
    tags: (group.tags ?? {}) as Record<string, string>,
    properties: { provisioningState: options.deleting ? 'Deleting' : 'Succeeded' },
  }
}
