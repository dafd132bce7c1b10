'use client'
// The docked portal menu: Create a resource, Home, then favourite services.
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'
import {
  AllResourcesIcon,
  ContainerInstancesIcon,
  CreateResourceIcon,
  HomeIcon,
  ResourceGroupIcon,
} from '../icons/resource-icons'

type NavItem = { label: string; href: string; icon: ReactNode; match: (path: string) => boolean }

const ITEMS: NavItem[] = [
  { label: 'Create a resource', href: '/create', icon: <CreateResourceIcon className="h-4 w-4" />, match: (p) => p === '/create' },
  { label: 'Home', href: '/', icon: <HomeIcon className="h-4 w-4" />, match: (p) => p === '/' },
  { label: 'All resources', href: '/search', icon: <AllResourcesIcon className="h-4 w-4" />, match: (p) => p === '/search' },
  {
    label: 'Resource groups',
    href: '/resource-groups',
    icon: <ResourceGroupIcon className="h-4 w-4" />,
    match: (p) => p.startsWith('/resource-groups') || p === '/create/resource-group' || (p.startsWith('/resource/') && !p.includes('/providers/')),
  },
  {
    label: 'Container instances',
    href: '/container-instances',
    icon: <ContainerInstancesIcon className="h-4 w-4" />,
    match: (p) => p.startsWith('/container-instances') || p.startsWith('/create/container-instances') || p.includes('/containergroups/'),
  },
]

// Only administrators of the simulated cloud see its node pool.
const NODE_POOL_ITEM: NavItem = { label: 'Node pool', href: '/node-pool', icon: <AllResourcesIcon className="h-4 w-4" />, match: (p) => p.startsWith('/node-pool') }

export function LeftNav({ showNodePool = false }: { showNodePool?: boolean }) {
  const pathname = usePathname().toLowerCase()
  const items = showNodePool ? [...ITEMS, NODE_POOL_ITEM] : ITEMS
  return (
    <nav aria-label="Portal menu" className="hidden w-52 shrink-0 border-r border-line bg-surface py-2 md:block">
      <ul className="flex flex-col">
        {items.map((item, index) => {
          const active = item.match(pathname)
          return (
            <li key={item.href} className={index === 2 ? 'mb-2 border-b border-line pb-2' : undefined}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`flex h-9 items-center gap-3 border-l-2 px-4 text-[13px] ${
                  active ? 'border-primary bg-primary-soft font-semibold' : 'border-transparent hover:bg-surface-alt'
                }`}
              >
                {item.icon}
                {item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
