import type { Metadata } from 'next'
import { Blade } from '@/components/blade/blade'
import { REGIONS, DEFAULT_REGION } from '@/server/arm/regions'
import { requirePrincipal } from '@/server/auth/session'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'
import { CreateResourceGroupForm } from './_components/create-resource-group-form'

export const metadata: Metadata = { title: 'Create a resource group' }

export default async function CreateResourceGroupPage() {
  const principal = await requirePrincipal()
  const subscriptions = await findSubscriptions({ principal })
  return (
    <Blade
      breadcrumbs={[
        { label: 'Home', href: '/' },
        { label: 'Resource groups', href: '/resource-groups' },
        { label: 'Create a resource group' },
      ]}
      title="Create a resource group"
    >
      <CreateResourceGroupForm
        subscriptions={subscriptions.map((s) => ({ value: s.id, label: s.displayName }))}
        regions={REGIONS.map(([value, label]) => ({ value, label }))}
        defaultRegion={DEFAULT_REGION}
      />
    </Blade>
  )
}
