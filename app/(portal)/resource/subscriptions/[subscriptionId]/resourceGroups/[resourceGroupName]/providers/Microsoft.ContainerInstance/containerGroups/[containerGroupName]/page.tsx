import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AutoRefresh } from '@/components/auto-refresh'
import { Essentials } from '@/components/blade/essentials'
import { formatLocation } from '@/components/format'
import { resourceGroupHref, subscriptionHref } from '@/components/resource-href'
import { safeDecode } from '@/components/safe-decode'
import { isTransitionalState, StatusBadge } from '@/components/status-badge'
import { env } from '@/server/env'
import { ContainerGroupBlade } from './_components/container-group-blade'
import { ContainerGroupCommands } from './_components/container-group-commands'
import { loadContainerGroup, type ContainerGroupParams } from './_components/load-container-group'

export async function generateMetadata({ params }: { params: Promise<ContainerGroupParams> }): Promise<Metadata> {
  return { title: safeDecode((await params).containerGroupName) ?? notFound() }
}

/** The gateway answers FQDNs on the port the portal itself is served on. */
async function portalPort(): Promise<string> {
  const host = (await headers()).get('host') ?? ''
  const match = /:(\d+)$/.exec(host)
  return match ? match[1] : String(env.PORT)
}

export default async function ContainerGroupOverviewPage({ params }: { params: Promise<ContainerGroupParams> }) {
  const { group } = await loadContainerGroup(params)
  const port = await portalPort()
  const fqdnUrl = group.fqdn ? `http://${group.fqdn}${port === '80' ? '' : `:${port}`}/` : null
  const live = isTransitionalState(group.state) || isTransitionalState(group.provisioningState)
  return (
    <ContainerGroupBlade
      group={group}
      commandBar={
        <ContainerGroupCommands target={{ containerGroupId: group.id, subscriptionId: group.subscriptionId, resourceGroupName: group.resourceGroup.name, name: group.name }} state={group.state} />
      }
    >
      <AutoRefresh active={live} />
      <Essentials
        left={[
          {
            label: 'Resource group',
            value: (
              <Link className="link" href={resourceGroupHref(group.subscriptionId, group.resourceGroup.name)}>
                {group.resourceGroup.name}
              </Link>
            ),
          },
          { label: 'Status', id: 'essentials-status', value: <StatusBadge state={group.state} /> },
          { label: 'Location', value: formatLocation(group.location) },
          {
            label: 'Subscription',
            value: (
              <Link className="link" href={subscriptionHref(group.subscriptionId)}>
                {group.subscription.displayName}
              </Link>
            ),
          },
          { label: 'Subscription ID', value: group.subscriptionId },
        ]}
        right={[
          { label: 'OS type', value: group.osType },
          { label: `IP address (${group.ipAddressType ?? 'None'})`, value: group.ipAddress ?? '-' },
          {
            label: 'FQDN',
            value: fqdnUrl ? (
              <a className="link" href={fqdnUrl} target="_blank" rel="noreferrer">
                {group.fqdn}
              </a>
            ) : (
              '-'
            ),
          },
          { label: 'Container count', value: group.containers.length },
          { label: 'SKU', value: group.sku },
          { label: 'Provisioning state', id: 'essentials-provisioning-state', value: group.provisioningState },
        ]}
      />
      <section className="mt-5 grid max-w-4xl grid-cols-1 gap-4 md:grid-cols-3">
        <Metric label="CPU" value={`${group.cpuMillicores / 1000} ${group.cpuMillicores === 1000 ? 'core' : 'cores'}`} />
        <Metric label="Memory" value={`${+(group.memoryMb / 1024).toFixed(2)} GiB`} />
        <Metric label="Restart policy" value={group.restartPolicy} />
      </section>
    </ContainerGroupBlade>
  )
}

function Metric({ label, value }: { label: string; value: string }) {
  return (
    <div className="border border-line p-3">
      <p className="text-xs text-fg-muted">{label}</p>
      <p className="text-lg font-semibold">{value}</p>
    </div>
  )
}
