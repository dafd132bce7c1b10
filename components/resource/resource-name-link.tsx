// A resource's name with its type icon, linking to its blade; used by every list.
import Link from 'next/link'
import { ContainerInstancesIcon, ResourceGroupIcon } from '../icons/resource-icons'
import { containerGroupHref, resourceGroupHref } from '../resource-href'

export type ResourceRef = { kind: 'resourceGroup' | 'containerGroup'; name: string; subscriptionId: string; resourceGroupName: string }

export function resourceRefHref(resource: ResourceRef): string {
  return resource.kind === 'resourceGroup'
    ? resourceGroupHref(resource.subscriptionId, resource.resourceGroupName)
    : containerGroupHref(resource.subscriptionId, resource.resourceGroupName, resource.name)
}

export function ResourceNameLink({ resource }: { resource: ResourceRef }) {
  const Icon = resource.kind === 'resourceGroup' ? ResourceGroupIcon : ContainerInstancesIcon
  return (
    <Link href={resourceRefHref(resource)} className="link inline-flex items-center gap-2">
      <Icon className="h-4 w-4 shrink-0" />
      <span>{resource.name}</span>
    </Link>
  )
}
