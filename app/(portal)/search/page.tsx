import type { Metadata } from 'next'
import Link from 'next/link'
import { Blade } from '@/components/blade/blade'
import { DataTable, EmptyState, type Column } from '@/components/data-table'
import { formatLocation } from '@/components/format'
import { AllResourcesIcon } from '@/components/icons/resource-icons'
import { resourceGroupHref } from '@/components/resource-href'
import { ResourceNameLink } from '@/components/resource/resource-name-link'
import { requirePrincipal } from '@/server/auth/session'
import { searchResources, type TResourceSummary } from '@/server/resources/find-recent-resources'

export const metadata: Metadata = { title: 'All resources' }

const COLUMNS: Column<TResourceSummary>[] = [
  { key: 'name', header: 'Name', cell: (r) => <ResourceNameLink resource={r} /> },
  { key: 'type', header: 'Type', cell: (r) => r.type },
  {
    key: 'resourceGroup',
    header: 'Resource group',
    cell: (r) => (
      <Link className="link" href={resourceGroupHref(r.subscriptionId, r.resourceGroupName)}>
        {r.resourceGroupName}
      </Link>
    ),
  },
  { key: 'location', header: 'Location', cell: (r) => formatLocation(r.location) },
]

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const principal = await requirePrincipal()
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? ''
  const results = await searchResources({ principal, query })
  const title = query ? `Search results for "${query}"` : 'All resources'
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: query ? 'Search' : 'All resources' }]} title={title} icon={<AllResourcesIcon />}>
      <p className="mb-2 text-[13px] text-fg-muted">
        Showing {results.length} {results.length === 1 ? 'record' : 'records'}.
      </p>
      <DataTable
        label="Resources"
        columns={COLUMNS}
        rows={results}
        rowKey={(r) => r.id}
        empty={<EmptyState title="No resources to display" description={query ? `Nothing you can access is named like "${query}".` : 'Create a resource to get started.'} />}
      />
    </Blade>
  )
}
