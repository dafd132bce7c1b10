// Home's "Azure services" row: round icon tiles with the service name under them.
import Link from 'next/link'
import type { ReactNode } from 'react'
import { AllResourcesIcon, ContainerInstancesIcon, CreateResourceIcon, ResourceGroupIcon } from '@/components/icons/resource-icons'

const SERVICES: { label: string; href: string; icon: ReactNode }[] = [
  { label: 'Create a resource', href: '/create', icon: <CreateResourceIcon className="h-7 w-7" /> },
  { label: 'Container instances', href: '/container-instances', icon: <ContainerInstancesIcon className="h-8 w-8" /> },
  { label: 'Resource groups', href: '/resource-groups', icon: <ResourceGroupIcon className="h-8 w-8" /> },
  { label: 'All resources', href: '/search', icon: <AllResourcesIcon className="h-7 w-7" /> },
]

export function ServiceTiles() {
  return (
    <section aria-labelledby="azure-services" className="mb-8">
      <h2 id="azure-services" className="mb-3 text-base font-semibold">
        Azure services
      </h2>
      <ul className="flex flex-wrap gap-2">
        {SERVICES.map((service) => (
          <li key={service.href}>
            <Link href={service.href} className="flex w-24 flex-col items-center gap-2 rounded-sm px-1 py-2 text-center text-[13px] hover:bg-surface-alt">
              <span className="flex h-12 w-12 items-center justify-center rounded-full bg-surface-alt">{service.icon}</span>
              <span className="leading-tight">{service.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
