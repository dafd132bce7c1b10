// /create/container-instances – the "Create container instance" wizard.
import type { Metadata } from 'next'
import { Blade } from '@/components/blade/blade'
import { requirePrincipal } from '@/server/auth/session'
import { env } from '@/server/env'
import { findResourceGroups } from '@/server/resourcegroups/find-resource-groups'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'
import { CreateWizard } from './_components/create-wizard'

export const metadata: Metadata = { title: 'Create container instance' }

export default async function CreateContainerInstancePage() {
  const principal = await requirePrincipal()
  const [subscriptions, resourceGroups] = await Promise.all([findSubscriptions({ principal }), findResourceGroups({ principal })])
  return (
    <Blade
      breadcrumbs={[
        { label: 'Home', href: '/' },
        { label: 'Create a resource', href: '/create' },
        { label: 'Create container instance' },
      ]}
      title="Create container instance"
    >
      <CreateWizard
        subscriptions={subscriptions.map((s) => ({ id: s.id, displayName: s.displayName }))}
        resourceGroups={resourceGroups.map((g) => ({ subscriptionId: g.subscriptionId, name: g.name, location: g.location }))}
        dnsZone={env.CERULEAN_DNS_ZONE}
      />
    </Blade>
  )
}
