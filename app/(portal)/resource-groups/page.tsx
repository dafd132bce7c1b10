import type { Metadata } from 'next'
import Link from 'next/link'
import { Blade } from '@/components/blade/blade'
import { CommandBar, CommandLink } from '@/components/command-bar'
import { DataTable, EmptyState, type Column } from '@/components/data-table'
import { ButtonLink } from '@/components/form/button'
import { formatLocation } from '@/components/format'
import { CommandIcons } from '@/components/icons/command-icons'
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
    <Blade
      breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Resource groups' }]}
      title="Resource groups"
      icon={<ResourceGroupIcon />}
      commandBar={
        <CommandBar>
          <CommandLink href="/create/resource-group" icon={CommandIcons.create}>
            Create
          </CommandLink>
          <CommandLink href="/resource-groups" icon={CommandIcons.refresh}>
            Refresh
          </CommandLink>
        </CommandBar>
      }
    >
      <p className="mb-2 text-[13px] text-fg-muted">Showing {groups.length} {groups.length === 1 ? 'record' : 'records'}.</p>
      <DataTable
        label="Resource groups"
        columns={COLUMNS}
        rows={groups}
        rowKey={(g) => g.id}
        empty={
          <EmptyState
            icon={<ResourceGroupIcon />}
            title="No resource groups to display"
            description="A resource group holds related resources, such as container groups, so they can be managed together."
            action={
              <ButtonLink href="/create/resource-group" variant="primary">
                Create resource group
              </ButtonLink>
            }
          />
        }
      />
    </Blade>
  )
}
