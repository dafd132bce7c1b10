// Container events as ACI reports them (coalesced: count, first and last timestamp). Used by
// the Containers blade's Events pane and the deployment page's failure details.
import { DataTable, type Column } from './data-table'
import { formatDateTime } from './format'
import type { TContainerGroupEvent } from '@/server/containergroups/get-container-group-events'

const COLUMNS: Column<TContainerGroupEvent>[] = [
  { key: 'name', header: 'Name', cell: (e) => e.name },
  { key: 'type', header: 'Type', cell: (e) => <span className={e.type === 'Warning' ? 'text-danger' : undefined}>{e.type}</span> },
  { key: 'count', header: 'Count', cell: (e) => e.count },
  { key: 'first', header: 'First timestamp', cell: (e) => formatDateTime(e.firstTimestamp), className: 'whitespace-nowrap' },
  { key: 'last', header: 'Last timestamp', cell: (e) => formatDateTime(e.lastTimestamp), className: 'whitespace-nowrap' },
  { key: 'message', header: 'Message', cell: (e) => <span className="break-words">{e.message}</span> },
]

export function EventsTable({ events, label = 'Events' }: { events: TContainerGroupEvent[]; label?: string }) {
  return (
    <DataTable
      label={label}
      columns={COLUMNS}
      rows={events}
      rowKey={(e) => `${e.containerName ?? ''}|${e.name}|${e.type}|${e.message}|${e.firstTimestamp}`}
      empty={<p className="py-4 text-[13px] text-fg-muted">No events yet.</p>}
    />
  )
}
