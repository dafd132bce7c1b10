import type { Metadata } from 'next'
import { requirePrincipal } from '@/server/auth/session'
import { findRecentResources } from '@/server/resources/find-recent-resources'
import { RecentResources } from './_components/recent-resources'
import { ServiceTiles } from './_components/service-tiles'

export const metadata: Metadata = { title: 'Home' }

export default async function HomePage() {
  const principal = await requirePrincipal()
  const resources = await findRecentResources({ principal })
  return (
    <div className="px-8 py-6">
      <h1 className="sr-only">Home</h1>
      <ServiceTiles />
      <RecentResources resources={resources} />
    </div>
  )
}
