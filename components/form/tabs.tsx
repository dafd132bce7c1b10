'use client'
// The Azure tab strip (wizard: Basics / Networking / ...; resource panes: Events / Logs / ...).
// Tabs with an href are links, so a tab can be bookmarked (?tab=logs); tabs without one are
// buttons driven by onSelect. Either way the selected tab gets the blue underline.
import Link from 'next/link'
import type { ReactNode } from 'react'

export type TabItem = { id: string; label: string; href?: string; disabled?: boolean; invalid?: boolean }

export type TabsProps = {
  items: readonly TabItem[]
  selected: string
  onSelect?: (id: string) => void
  label?: string
  /** id prefix, so tab panels can reference their tab with aria-labelledby. */
  idPrefix?: string
}

export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`
}

export function tabPanelId(idPrefix: string, id: string): string {
  return `${idPrefix}-panel-${id}`
}

export function Tabs({ items, selected, onSelect, label, idPrefix = 'tabs' }: TabsProps) {
  return (
    <div role="tablist" aria-label={label} className="flex flex-wrap gap-x-1 border-b border-line">
      {items.map((item) => {
        const isSelected = item.id === selected
        const className =
          `relative -mb-px inline-flex h-9 items-center gap-1 border-b-2 px-3 text-[13px] ` +
          (isSelected ? 'border-primary font-semibold text-fg' : 'border-transparent text-fg hover:border-line-strong hover:bg-surface-alt') +
          (item.disabled ? ' pointer-events-none text-fg-subtle' : '')
        const content: ReactNode = (
          <>
            {item.invalid ? (
              <span aria-hidden="true" className="text-danger">
                ●
              </span>
            ) : null}
            {item.label}
          </>
        )
        const common = {
          id: tabId(idPrefix, item.id),
          role: 'tab',
          'aria-selected': isSelected,
          'aria-controls': tabPanelId(idPrefix, item.id),
          className,
        } as const
        if (item.href) {
          return (
            <Link key={item.id} href={item.href} scroll={false} replace {...common}>
              {content}
            </Link>
          )
        }
        return (
          <button key={item.id} type="button" disabled={item.disabled} onClick={() => onSelect?.(item.id)} {...common}>
            {content}
          </button>
        )
      })}
    </div>
  )
}

export function TabPanel({ idPrefix = 'tabs', id, children }: { idPrefix?: string; id: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={tabPanelId(idPrefix, id)} aria-labelledby={tabId(idPrefix, id)} className="pt-4">
      {children}
    </div>
  )
}
