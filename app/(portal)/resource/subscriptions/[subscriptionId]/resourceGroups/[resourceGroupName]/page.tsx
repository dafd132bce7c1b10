import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Blade } from '@/components/blade/blade'
import { Essentials } from '@/components/blade/essentials'
import { DataTable, EmptyState, type Column } from '@/components/data-table'
import { ButtonLink } from '@/components/form/button'
import { formatLocation } from '@/components/format'
import { ResourceGroupIcon } from '@/components/icons/resource-icons'
import { subscriptionHref } from '@/components/resource-href'
import { safeDecode } from '@/components/safe-decode'
import { ResourceNameLink } from '@/components/resource/resource-name-link'
import { StatusBadge } from '@/components/status-badge'
import { orNotFound } from '@/components/or-not-found'
import { requirePrincipal } from '@/server/auth/session'
import { findContainerGroups } from '@/server/containergroups/find-container-groups'
import { getResourceGroupOrThrow } from '@/server/resourcegroups/get-resource-group-or-throw'
import { ResourceGroupCommands } from './_components/resource-group-commands'

type Params = { subscriptionId: string; resourceGroupName: string }
type Row = Awaited<ReturnType<typeof findContainerGroups>>[number]

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: safeDecode((await params).resourceGroupName) ?? notFound() }
}

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (g) => <ResourceNameLink resource={{ kind: 'containerGroup', name: g.name, subscriptionId: g.subscriptionId, resourceGroupName: g.resourceGroup.name }} />,
  },
  { key: 'type', header: 'Type', cell: () => 'Container instances' },
  { key: 'location', header: 'Location', cell: (g) => formatLocation(g.location) },
  { key: 'status', header: 'Status', cell: (g) => <StatusBadge state={g.state} /> },
]

export default async function ResourceGroupPage({ params }: { params: Promise<Params> }) {
  const { subscriptionId, resourceGroupName } = await params
  const principal = await requirePrincipal()
  const { subscription, resourceGroup } = await orNotFound(
    getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName: safeDecode(resourceGroupName) ?? notFound() }),
  )
  const containerGroups = await findContainerGroups({ principal, subscriptionId: subscription.id, resourceGroupId: resourceGroup.id })
  return (
    <Blade
      breadcrumbs={[
        { label: 'Home', href: '/' },
        { label: 'Resource groups', href: '/resource-groups' },
        { label: resourceGroup.name },
      ]}
      title={resourceGroup.name}
      subtitle="Resource group"
      icon={<ResourceGroupIcon />}
      commandBar={<ResourceGroupCommands subscriptionId={subscription.id} resourceGroupName={resourceGroup.name} />}
    >
      <Essentials
        left={[
          {
            label: 'Subscription',
            value: (
              <Link className="link" href={subscriptionHref(subscription.id)}>
                {subscription.displayName}
              </Link>
            ),
          },
          { label: 'Subscription ID', value: subscription.id },
        ]}
        right={[
          { label: 'Location', value: formatLocation(resourceGroup.location) },
          { label: 'Resources', value: containerGroups.length },
        ]}
      />
      <h2 className="mt-5 mb-2 text-base font-semibold">Resources</h2>
      <DataTable
        label="Resources"
        columns={COLUMNS}
        rows={containerGroups}
        rowKey={(g) => g.id}
        empty={
          <EmptyState
            title="No resources to display"
            description="Try changing your filters if you don't see what you're looking for."
            action={
              <ButtonLink href="/create/container-instances" variant="primary">
                Create resources
              </ButtonLink>
            }
          />
        }
      />
    </Blade>
  )
}
