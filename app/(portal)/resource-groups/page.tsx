import type { Metadata } from 'next'
import Link from 'next/link'
import { ResourceListBlade } from '@/components/blade/resource-list-blade'
import type { Column } from '@/components/data-table'
import { formatLocation } from '@/components/format'
import { ResourceGroupIcon } from '@/components/icons/resource-icons'
import { subscriptionHref } from '@/components/resource-href'
import { ResourceNameLink } from '@/components/resource/resource-name-link'
import { requirePrincipal } from '@/server/auth/session'
import { findResourceGroups } from '@/server/resourcegroups/find-resource-groups'

export const metadata: Metadata = { title: 'Resource groups' }

type Row = Awaited<ReturnType<typeof findResourceGroups>>[number]

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (g) => <ResourceNameLink resource={{ kind: 'resourceGroup', name: g.name, subscriptionId: g.subscriptionId, resourceGroupName: g.name }} />,
  },
  {
    key: 'subscription',
    header: 'Subscription',
    cell: (g) => (
      <Link className="link" href={subscriptionHref(g.subscriptionId)}>
        {g.subscription.displayName}
      </Link>
    ),
  },
  { key: 'location', header: 'Location', cell: (g) => formatLocation(g.location) },
  { key: 'resources', header: 'Resources', cell: (g) => g._count.containerGroups, className: 'text-right w-24' },
]

export default async function ResourceGroupsPage() {
  const principal = await requirePrincipal()
  const groups = await findResourceGroups({ principal })
  return (
    <ResourceListBlade
      title="Resource groups"
      icon={<ResourceGroupIcon />}
      href="/resource-groups"
      createHref="/create/resource-group"
      columns={COLUMNS}
      rows={groups}
      empty={{
        title: 'No resource groups to display',
        description: 'A resource group holds related resources, such as container groups, so they can be managed together.',
        actionLabel: 'Create resource group',
      }}
    />
  )
}
