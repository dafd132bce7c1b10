import type { Metadata } from 'next'
import Link from 'next/link'
import { Blade } from '@/components/blade/blade'
import { CommandBar, CommandLink } from '@/components/command-bar'
import { DataTable, EmptyState, type Column } from '@/components/data-table'
import { ButtonLink } from '@/components/form/button'
import { formatLocation } from '@/components/format'
import { CommandIcons } from '@/components/icons/command-icons'
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
    <Blade
      breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Container instances' }]}
      title="Container instances"
      icon={<ContainerInstancesIcon />}
      commandBar={
        <CommandBar>
          <CommandLink href="/create/container-instances" icon={CommandIcons.create}>
            Create
          </CommandLink>
          <CommandLink href="/container-instances" icon={CommandIcons.refresh}>
            Refresh
          </CommandLink>
        </CommandBar>
      }
    >
      <p className="mb-2 text-[13px] text-fg-muted">Showing {groups.length} {groups.length === 1 ? 'record' : 'records'}.</p>
      <DataTable
        label="Container instances"
        columns={COLUMNS}
        rows={groups}
        rowKey={(g) => g.id}
        empty={
          <EmptyState
            icon={<ContainerInstancesIcon />}
            title="No container instances to display"
            description="Run containers without managing servers. Create a container group to get started."
            action={
              <ButtonLink href="/create/container-instances" variant="primary">
                Create container instances
              </ButtonLink>
            }
          />
        }
      />
    </Blade>
  )
}
