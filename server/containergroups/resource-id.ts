export const CONTAINER_GROUP_TYPE = 'Microsoft.ContainerInstance/containerGroups'

export function resourceGroupResourceId(subscriptionId: string, resourceGroupName: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`
}

export function containerGroupResourceId(subscriptionId: string, resourceGroupName: string, name: string): string {
  return `${resourceGroupResourceId(subscriptionId, resourceGroupName)}/providers/${CONTAINER_GROUP_TYPE}/${name}`
}
