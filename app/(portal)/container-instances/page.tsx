import type { Metadata } from 'next'
import Link from 'next/link'
import { ResourceListBlade } from '@/components/blade/resource-list-blade'
import type { Column } from '@/components/data-table'
import { formatLocation } from '@/components/format'
import { ContainerInstancesIcon } from '@/components/icons/resource-icons'
import { resourceGroupHref, subscriptionHref } from '@/components/resource-href'
import { ResourceNameLink } from '@/components/resource/resource-name-link'
import { StatusBadge } from '@/components/status-badge'
import { requirePrincipal } from '@/server/auth/session'
import { findContainerGroups } from '@/server/containergroups/find-container-groups'

export const metadata: Metadata = { title: 'Container instances' }

type Row = Awaited<ReturnType<typeof findContainerGroups>>[number]

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (g) => <ResourceNameLink resource={{ kind: 'containerGroup', name: g.name, subscriptionId: g.subscriptionId, resourceGroupName: g.resourceGroup.name }} />,
  },
  {
    key: 'resourceGroup',
    header: 'Resource group',
    cell: (g) => (
      <Link className="link" href={resourceGroupHref(g.subscriptionId, g.resourceGroup.name)}>
        {g.resourceGroup.name}
      </Link>
    ),
  },
  { key: 'location', header: 'Location', cell: (g) => formatLocation(g.location) },
  { key: 'status', header: 'Status', cell: (g) => <StatusBadge state={g.state} /> },
  {
    key: 'subscription',
    header: 'Subscription',
    cell: (g) => (
      <Link className="link" href={subscriptionHref(g.subscriptionId)}>
        {g.subscription.displayName}
      </Link>
    ),
  },
]

export default async function ContainerInstancesPage() {
  const principal = await requirePrincipal()
  const groups = await findContainerGroups({ principal })
  return (
    <ResourceListBlade
      title="Container instances"
      icon={<ContainerInstancesIcon />}
      href="/container-instances"
      createHref="/create/container-instances"
      columns={COLUMNS}
      rows={groups}
      empty={{
        title: 'No container instances to display',
        description: 'Run containers without managing servers. Create a container group to get started.',
        actionLabel: 'Create container instances',
      }}
    />
  )
}
