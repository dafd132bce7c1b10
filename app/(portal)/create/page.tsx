import type { Metadata } from 'next'
import Link from 'next/link'
import { Blade } from '@/components/blade/blade'
import { ContainerInstancesIcon, ResourceGroupIcon } from '@/components/icons/resource-icons'
import { requirePrincipal } from '@/server/auth/session'
import { MarketplaceTile, type Offer } from './_components/marketplace-tile'

export const metadata: Metadata = { title: 'Create a resource' }

const OFFERS: Record<string, Offer> = {
  aci: {
    id: 'aci',
    name: 'Container Instances',
    publisher: 'Microsoft',
    description: 'Run containers on demand without managing servers: per-second billing, public IP and DNS name.',
    href: '/create/container-instances',
    icon: <ContainerInstancesIcon className="h-10 w-10" />,
  },
  rg: {
    id: 'rg',
    name: 'Resource group',
    publisher: 'Microsoft',
    description: 'A container that holds related resources for an Azure solution.',
    href: '/create/resource-group',
    icon: <ResourceGroupIcon className="h-10 w-10" />,
  },
}

const CATEGORIES = [
  { id: 'get-started', label: 'Get Started', offers: ['aci', 'rg'] },
  { id: 'containers', label: 'Containers', offers: ['aci'] },
  { id: 'management', label: 'Management and governance', offers: ['rg'] },
] as const

export default async function CreateResourcePage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  await requirePrincipal()
  const { category: requested } = await searchParams
  const category = CATEGORIES.find((c) => c.id === requested) ?? CATEGORIES[0]
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Create a resource' }]} title="Create a resource">
      <div className="flex gap-8">
        <nav aria-label="Categories" className="w-56 shrink-0">
          <h2 className="mb-1 px-2 text-xs font-semibold text-fg-muted uppercase">Categories</h2>
          <ul>
            {CATEGORIES.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/create?category=${c.id}`}
                  aria-current={c.id === category.id ? 'page' : undefined}
                  className={`flex h-8 items-center px-2 text-[13px] ${c.id === category.id ? 'bg-primary-soft font-semibold' : 'hover:bg-surface-alt'}`}
                >
                  {c.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="category-title" className="min-w-0 flex-1">
          <h2 id="category-title" className="mb-3 text-base font-semibold">
            {category.label}
          </h2>
          <ul className="flex flex-wrap gap-4">
            {category.offers.map((id) => (
              <MarketplaceTile key={id} offer={OFFERS[id]} />
            ))}
          </ul>
        </section>
      </div>
    </Blade>
  )
}
