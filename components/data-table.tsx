// The portal's grid: light header row, thin row separators, dense 13px text.
// Columns are data; cells render whatever the page passes.
import type { ReactNode } from 'react'

export type Column<T> = { key: string; header: string; cell: (row: T) => ReactNode; className?: string }

export type DataTableProps<T> = {
  columns: readonly Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  /** Accessible name of the table, e.g. "Container instances". */
  label: string
  empty?: ReactNode
}

export function DataTable<T>({ columns, rows, rowKey, label, empty }: DataTableProps<T>) {
  if (rows.length === 0 && empty) return <>{empty}</>
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className="w-full border-collapse text-left text-[13px]">
        <thead>
          <tr className="border-b border-line-strong">
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`h-9 px-3 font-semibold whitespace-nowrap text-fg ${column.className ?? ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-line hover:bg-surface-alt">
              {columns.map((column) => (
                <td key={column.key} className={`h-9 px-3 align-middle ${column.className ?? ''}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The illustration + text + call to action the portal shows for an empty list. */
export function EmptyState({ title, description, action, icon }: { title: string; description?: ReactNode; action?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-3 py-16 text-center">
      {icon ? <div className="[&_svg]:h-24 [&_svg]:w-24">{icon}</div> : null}
      <h2 className="text-xl font-semibold">{title}</h2>
      {description ? <p className="max-w-lg text-[13px] text-fg-muted">{description}</p> : null}
      {action}
    </div>
  )
}
