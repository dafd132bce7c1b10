// "Home > Resource groups > myresourcegroup" above every blade title.
import Link from 'next/link'

export type Crumb = { label: string; href?: string }

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-[13px]">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((crumb, index) => (
          <li key={`${crumb.label}-${index}`} className="flex items-center gap-1">
            {index > 0 ? (
              <span aria-hidden="true" className="text-fg-muted">
                &gt;
              </span>
            ) : null}
            {crumb.href ? (
              <Link href={crumb.href} className="link">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="text-fg-muted">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
