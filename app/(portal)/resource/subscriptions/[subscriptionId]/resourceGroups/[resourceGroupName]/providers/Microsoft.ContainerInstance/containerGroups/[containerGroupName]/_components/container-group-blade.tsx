// The frame of every container group page: breadcrumbs, "name | Section" title, the
// resource menu (Overview, Activity log, Settings) and the page's own command bar.
import type { ReactNode } from 'react'
import { Blade } from '@/components/blade/blade'
import { ResourceMenu } from '@/components/blade/resource-menu'
import { ContainerInstancesIcon } from '@/components/icons/resource-icons'
import { containerGroupHref, resourceGroupHref } from '@/components/resource-href'

export type ContainerGroupRef = { name: string; subscriptionId: string; resourceGroup: { name: string } }

export function ContainerGroupBlade({
  group,
  section,
  commandBar,
  children,
}: {
  group: ContainerGroupRef
  section?: string
  commandBar?: ReactNode
  children: ReactNode
}) {
  const href = (s: Parameters<typeof containerGroupHref>[3]) => containerGroupHref(group.subscriptionId, group.resourceGroup.name, group.name, s)
  const overview = href('overview')
  return (
    <Blade
      breadcrumbs={[
        { label: 'Home', href: '/' },
        { label: 'Resource groups', href: '/resource-groups' },
        { label: group.resourceGroup.name, href: resourceGroupHref(group.subscriptionId, group.resourceGroup.name) },
        ...(section ? [{ label: group.name, href: overview }, { label: section }] : [{ label: group.name }]),
      ]}
      title={group.name}
      section={section}
      subtitle="Container instances"
      icon={<ContainerInstancesIcon />}
      commandBar={commandBar}
      menu={
        <ResourceMenu
          label={`${group.name} menu`}
          sections={[
            { items: [{ label: 'Overview', href: overview, exact: true, icon: <ContainerInstancesIcon className="h-4 w-4" /> }] },
            {
              title: 'Settings',
              items: [
                { label: 'Containers', href: href('containers'), icon: <ContainersGlyph /> },
                { label: 'Properties', href: href('properties'), icon: <PropertiesGlyph /> },
              ],
            },
          ]}
        />
      }
    >
      {children}
    </Blade>
  )
}

function ContainersGlyph() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
      <rect x="1.5" y="3" width="13" height="4" fill="#0078d4" />
      <rect x="1.5" y="9" width="13" height="4" fill="#50e6ff" />
    </svg>
  )
}

function PropertiesGlyph() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
      <rect x="2" y="2" width="12" height="12" fill="none" stroke="#0078d4" strokeWidth="1.2" />
      <path d="M4.5 5.5h7M4.5 8h7M4.5 10.5h4" stroke="#0078d4" strokeWidth="1.2" />
    </svg>
  )
}
