// One row per container: Name, Image, State, Previous state, Start time, Restart count.
// Selecting a row (its name) points the panes below at that container.
import Link from 'next/link'
import { DataTable, type Column } from '@/components/data-table'
import { formatDateTime } from '@/components/format'
import { StatusBadge } from '@/components/status-badge'
import { readContainerState } from './container-state'

export type ContainerRow = { id: string; name: string; image: string; lifecycleStage: string; currentState: unknown; previousState: unknown; restartCount: number }

export function ContainersTable({ containers, selected, hrefFor }: { containers: ContainerRow[]; selected: string; hrefFor: (name: string) => string }) {
  const columns: Column<ContainerRow>[] = [
    {
      key: 'name',
      header: 'Name',
      cell: (c) => (
        <Link href={hrefFor(c.name)} scroll={false} aria-current={c.name === selected ? 'true' : undefined} className={`link ${c.name === selected ? 'font-semibold' : ''}`}>
          {c.name}
        </Link>
      ),
    },
    { key: 'image', header: 'Image', cell: (c) => <span className="break-all">{c.image}</span> },
    { key: 'state', header: 'State', cell: (c) => <StatusBadge state={readContainerState(c.currentState)?.state ?? c.lifecycleStage} /> },
    {
      key: 'previousState',
      header: 'Previous state',
      cell: (c) => {
        const previous = readContainerState(c.previousState)
        if (!previous?.state) return '-'
        return previous.detailStatus ? `${previous.state} (${previous.detailStatus})` : previous.state
      },
    },
    { key: 'startTime', header: 'Start time', cell: (c) => formatDateTime(readContainerState(c.currentState)?.startTime) },
    { key: 'restartCount', header: 'Restart count', cell: (c) => c.restartCount },
  ]
  return <DataTable label="Containers" columns={columns} rows={containers} rowKey={(c) => c.id} />
}
