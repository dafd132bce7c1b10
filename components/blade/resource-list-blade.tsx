// The blade behind a "browse" entry (Container instances, Resource groups): Create and Refresh
// commands, a record count, and the list, or an empty state that offers to create the first one.
import type { ReactNode } from 'react'
import { Blade } from './blade'
import { CommandBar, CommandLink } from '@/components/command-bar'
import { DataTable, EmptyState, type Column } from '@/components/data-table'
import { ButtonLink } from '@/components/form/button'
import { CommandIcons } from '@/components/icons/command-icons'

export type ResourceListBladeProps<T extends { id: string }> = {
  /** Plural title, e.g. "Resource groups"; also the breadcrumb and the table's accessible name. */
  title: string
  icon: ReactNode
  /** The list's own path, which Refresh reloads. */
  href: string
  createHref: string
  columns: readonly Column<T>[]
  rows: readonly T[]
  empty: { title: string; description: string; actionLabel: string }
}

export function ResourceListBlade<T extends { id: string }>({ title, icon, href, createHref, columns, rows, empty }: ResourceListBladeProps<T>) {
  return (
    <Blade
      breadcrumbs={[{ label: 'Home', href: '/' }, { label: title }]}
      title={title}
      icon={icon}
      commandBar={
        <CommandBar>
          <CommandLink href={createHref} icon={CommandIcons.create}>
            Create
          </CommandLink>
          <CommandLink href={href} icon={CommandIcons.refresh}>
            Refresh
          </CommandLink>
        </CommandBar>
      }
    >
      <p className="mb-2 text-[13px] text-fg-muted">Showing {rows.length} {rows.length === 1 ? 'record' : 'records'}.</p>
      <DataTable
        label={title}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={
          <EmptyState
            icon={icon}
            title={empty.title}
            description={empty.description}
            action={
              <ButtonLink href={createHref} variant="primary">
                {empty.actionLabel}
              </ButtonLink>
            }
          />
        }
      />
    </Blade>
  )
}
