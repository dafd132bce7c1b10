// The dark bar across the top: brand, global search, account menu.
import Link from 'next/link'
import { AccountMenu } from './account-menu'
import { SearchBox } from './search-box'

export type TopBarProps = { email: string; displayName: string; tenantName: string }

export function TopBar({ email, displayName, tenantName }: TopBarProps) {
  return (
    <header className="flex h-10 shrink-0 items-center gap-3 bg-topbar px-3 text-white">
      <Link href="/" className="flex h-10 items-center px-2 text-[15px] font-semibold tracking-tight hover:bg-topbar-hover">
        Cerulean
      </Link>
      <div className="flex flex-1 justify-center">
        <SearchBox />
      </div>
      <AccountMenu email={email} displayName={displayName} tenantName={tenantName} />
    </header>
  )
}
