// The "Essentials" panel at the top of an overview: two columns of label : value pairs.
import type { ReactNode } from 'react'

export type EssentialItem = { label: string; value: ReactNode; id?: string }

export function Essentials({ left, right, title = 'Essentials' }: { left: readonly EssentialItem[]; right: readonly EssentialItem[]; title?: string }) {
  return (
    <section aria-labelledby="essentials-heading" className="border-b border-line pb-3">
      <h2 id="essentials-heading" className="mb-2 flex items-center gap-1 text-[13px] font-semibold">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3 w-3 fill-current">
          <path d="M3.2 5.7 8 10.5l4.8-4.8.7.7L8 11.9 2.5 6.4z" />
        </svg>
        {title}
      </h2>
      <div className="grid grid-cols-1 gap-x-12 lg:grid-cols-2">
        <EssentialList items={left} />
        <EssentialList items={right} />
      </div>
    </section>
  )
}

function EssentialList({ items }: { items: readonly EssentialItem[] }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,12rem)_minmax(0,1fr)] gap-y-1.5 text-[13px]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-fg-muted">{item.label}</dt>
          <dd id={item.id} className="flex min-w-0 items-start gap-1 break-words">
            <span aria-hidden="true" className="text-fg-muted">
              :
            </span>
            <span className="min-w-0">{item.value ?? '-'}</span>
          </dd>
        </div>
      ))}
    </dl>
  )
}
