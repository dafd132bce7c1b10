// A blade's title block: service icon, the resource's name in large type, and under it the
// resource type ("Container instances", "Resource group") in grey, as the portal does.
import type { ReactNode } from 'react'

export type BladeHeaderProps = {
  title: string
  /** Resource type, e.g. "Container instances"; prefixed to the title after a pipe in Azure. */
  subtitle?: string
  /** Section of a resource, e.g. "Containers" shows as "mycontainer | Containers". */
  section?: string
  icon?: ReactNode
  actions?: ReactNode
}

export function BladeHeader({ title, subtitle, section, icon, actions }: BladeHeaderProps) {
  return (
    <header className="flex items-start gap-3 pt-2 pb-3">
      {icon ? <div className="mt-1 [&_svg]:h-8 [&_svg]:w-8">{icon}</div> : null}
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-2xl font-semibold text-fg">
          {title}
          {section ? <span className="font-normal text-fg"> | {section}</span> : null}
        </h1>
        {subtitle ? <p className="text-xs text-fg-muted">{subtitle}</p> : null}
      </div>
      {actions ? <div className="shrink-0">{actions}</div> : null}
    </header>
  )
}
