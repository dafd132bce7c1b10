'use client'
// The resource menu left of a resource blade: Overview, Activity log, then titled sections
// such as "Settings" with Containers and Properties. The current page is highlighted.
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

export type ResourceMenuItem = { label: string; href: string; icon?: ReactNode; exact?: boolean }
export type ResourceMenuSection = { title?: string; items: readonly ResourceMenuItem[] }

export function ResourceMenu({ sections, label = 'Resource menu' }: { sections: readonly ResourceMenuSection[]; label?: string }) {
  const pathname = usePathname()
  const isActive = (item: ResourceMenuItem) =>
    item.exact ? pathname.toLowerCase() === item.href.toLowerCase() : pathname.toLowerCase().startsWith(item.href.toLowerCase())
  return (
    <nav aria-label={label} className="flex flex-col gap-3 pt-3 text-[13px]">
      {sections.map((section, index) => (
        <div key={section.title ?? index}>
          {section.title ? <h3 className="px-2 pb-1 font-semibold text-fg">{section.title}</h3> : null}
          <ul className="flex flex-col">
            {section.items.map((item) => {
              const active = isActive(item)
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? 'page' : undefined}
                    className={`flex h-8 items-center gap-2 px-2 ${active ? 'bg-primary-soft font-semibold' : 'hover:bg-surface-alt'}`}
                  >
                    {item.icon}
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </nav>
  )
}
