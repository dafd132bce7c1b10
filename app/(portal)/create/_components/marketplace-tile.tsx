// A marketplace offer: icon, name, publisher, one-line description and a Create link.
import Link from 'next/link'
import type { ReactNode } from 'react'

export type Offer = { id: string; name: string; publisher: string; description: string; href: string; icon: ReactNode }

export function MarketplaceTile({ offer }: { offer: Offer }) {
  return (
    <li className="flex w-72 flex-col gap-3 border border-line bg-surface p-4 shadow-sm hover:shadow-md">
      <div className="flex items-start gap-3">
        <div className="shrink-0">{offer.icon}</div>
        <div className="min-w-0">
          <Link id={`offer-${offer.id}`} href={offer.href} className="link text-[14px] font-semibold">
            {offer.name}
          </Link>
          <p className="text-xs text-fg-muted">{offer.publisher}</p>
        </div>
      </div>
      <p className="min-h-10 text-[13px] text-fg">{offer.description}</p>
      <div>
        <Link
          href={offer.href}
          aria-describedby={`offer-${offer.id}`}
          className="inline-flex h-7 items-center rounded-sm border border-control px-3 text-[13px] hover:bg-surface-alt"
        >
          Create
        </Link>
      </div>
    </li>
  )
}
