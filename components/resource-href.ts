// Portal addresses mirror ARM resource ids, as Azure's do (".../#@tenant/resource/subscriptions/..."),
// so a resource id from the API can be turned into a link without a lookup.
import { containerGroupResourceId, resourceGroupResourceId } from '@/server/containergroups/resource-id'

export function resourceHref(resourceId: string): string {
  return `/resource${resourceId.startsWith('/') ? '' : '/'}${resourceId}`
}

export function subscriptionHref(subscriptionId: string): string {
  return `/resource/subscriptions/${subscriptionId}`
}

export function resourceGroupHref(subscriptionId: string, resourceGroupName: string): string {
  return resourceHref(resourceGroupResourceId(subscriptionId, encodeURIComponent(resourceGroupName)))
}

export type ContainerGroupSection = 'overview' | 'containers' | 'properties'

export function containerGroupHref(subscriptionId: string, resourceGroupName: string, name: string, section: ContainerGroupSection = 'overview'): string {
  const base = resourceHref(containerGroupResourceId(subscriptionId, encodeURIComponent(resourceGroupName), encodeURIComponent(name)))
  return section === 'overview' ? base : `${base}/${section}`
}

export function deploymentHref(operationId: string): string {
  return `/deployments/${operationId}`
}
