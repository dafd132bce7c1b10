import { DataTable, type Column } from '@/components/data-table'
import { formatDateTime } from '@/components/format'
import { ResourceNameLink } from '@/components/resource/resource-name-link'
import type { TResourceSummary } from '@/server/resources/find-recent-resources'

const COLUMNS: Column<TResourceSummary>[] = [
  { key: 'name', header: 'Name', cell: (r) => <ResourceNameLink resource={r} /> },
  { key: 'type', header: 'Type', cell: (r) => r.type },
  { key: 'at', header: 'Last modified', cell: (r) => formatDateTime(r.at) },
]

export function RecentResources({ resources }: { resources: TResourceSummary[] }) {
  return (
    <section aria-labelledby="recent-resources" className="max-w-5xl">
      <h2 id="recent-resources" className="mb-2 text-base font-semibold">
        Recent resources
      </h2>
      <DataTable
        label="Recent resources"
        columns={COLUMNS}
        rows={resources}
        rowKey={(r) => r.id}
        empty={
          <p className="border-y border-line py-6 text-[13px] text-fg-muted">
            No recent resources to display. Resources you create appear here.
          </p>
        }
      />
    </section>
  )
}
