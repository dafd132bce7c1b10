import type { Metadata } from 'next'
import { Blade } from '@/components/blade/blade'
import { Essentials } from '@/components/blade/essentials'
import { DataTable, type Column } from '@/components/data-table'
import { formatLocation } from '@/components/format'
import { SubscriptionIcon } from '@/components/icons/resource-icons'
import { ResourceNameLink } from '@/components/resource/resource-name-link'
import { orNotFound } from '@/components/or-not-found'
import { requirePrincipal } from '@/server/auth/session'
import { findResourceGroups } from '@/server/resourcegroups/find-resource-groups'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'

export const metadata: Metadata = { title: 'Subscription' }

type Row = Awaited<ReturnType<typeof findResourceGroups>>[number]

const COLUMNS: Column<Row>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (g) => <ResourceNameLink resource={{ kind: 'resourceGroup', name: g.name, subscriptionId: g.subscriptionId, resourceGroupName: g.name }} />,
  },
  { key: 'location', header: 'Location', cell: (g) => formatLocation(g.location) },
  { key: 'resources', header: 'Resources', cell: (g) => g._count.containerGroups },
]

export default async function SubscriptionPage({ params }: { params: Promise<{ subscriptionId: string }> }) {
  const { subscriptionId } = await params
  const principal = await requirePrincipal()
  const subscription = await orNotFound(getSubscriptionOrThrow({ principal, subscriptionId }))
  const resourceGroups = await findResourceGroups({ principal, subscriptionId: subscription.id })
  return (
    <Blade
      breadcrumbs={[{ label: 'Home', href: '/' }, { label: subscription.displayName }]}
      title={subscription.displayName}
      subtitle="Subscription"
      icon={<SubscriptionIcon />}
    >
      <Essentials
        left={[
          { label: 'Subscription ID', value: subscription.id },
          { label: 'Status', value: subscription.state },
        ]}
        right={[{ label: 'Resource groups', value: resourceGroups.length }]}
      />
      <h2 className="mt-5 mb-2 text-base font-semibold">Resource groups</h2>
      <DataTable label="Resource groups" columns={COLUMNS} rows={resourceGroups} rowKey={(g) => g.id} empty={<p className="text-fg-muted">No resource groups.</p>} />
    </Blade>
  )
}
