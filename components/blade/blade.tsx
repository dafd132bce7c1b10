// The frame every page sits in: breadcrumbs, title block, optional command bar and content.
// Resource blades add a left resource menu (Overview, Settings > Containers ...).
import type { ReactNode } from 'react'
import { BladeHeader, type BladeHeaderProps } from './blade-header'
import { Breadcrumbs, type Crumb } from './breadcrumbs'

export type BladeProps = BladeHeaderProps & {
  breadcrumbs: readonly Crumb[]
  commandBar?: ReactNode
  /** Resource menu shown left of the content (resource blades only). */
  menu?: ReactNode
  children: ReactNode
}

export function Blade({ breadcrumbs, commandBar, menu, children, ...header }: BladeProps) {
  return (
    <div className="flex min-h-full flex-col px-6 pt-3 pb-8">
      <Breadcrumbs items={breadcrumbs} />
      <BladeHeader {...header} />
      <div className="flex min-h-0 flex-1 gap-0">
        {menu ? <aside className="hidden w-52 shrink-0 border-r border-line pr-2 md:block">{menu}</aside> : null}
        <div className={`min-w-0 flex-1 ${menu ? 'md:pl-4' : ''}`}>
          {commandBar}
          <div className="pt-3">{children}</div>
        </div>
      </div>
    </div>
  )
}
