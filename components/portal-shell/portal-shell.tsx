// The signed-in frame: top bar over a docked left menu and the blade area.
import { Suspense, type ReactNode } from 'react'
import { LeftNav } from './left-nav'
import { TopBar, type TopBarProps } from './top-bar'

export function PortalShell({ account, showNodePool = false, children }: { account: TopBarProps; showNodePool?: boolean; children: ReactNode }) {
  return (
    <div className="flex h-screen flex-col">
      <Suspense fallback={<div className="h-10 bg-topbar" />}>
        <TopBar {...account} />
      </Suspense>
      <div className="flex min-h-0 flex-1">
        <LeftNav showNodePool={showNodePool} />
        <main id="main" className="min-w-0 flex-1 overflow-y-auto bg-surface">
          {children}
        </main>
      </div>
    </div>
  )
}
