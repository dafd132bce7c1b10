import type { Metadata } from 'next'
import { Essentials } from '@/components/blade/essentials'
import { formatDateTime, formatLocation } from '@/components/format'
import { containerGroupResourceId } from '@/server/containergroups/resource-id'
import { ContainerGroupBlade } from '../_components/container-group-blade'
import { loadContainerGroup, type ContainerGroupParams } from '../_components/load-container-group'

export const metadata: Metadata = { title: 'Properties' }

const SCOPE_LABELS: Record<string, string> = {
  TenantReuse: 'Tenant',
  SubscriptionReuse: 'Subscription',
  ResourceGroupReuse: 'Resource group',
  Noreuse: 'No reuse',
  Unsecure: 'Any reuse',
}

export default async function ContainerGroupPropertiesPage({ params }: { params: Promise<ContainerGroupParams> }) {
  const { group } = await loadContainerGroup(params)
  const ports = Array.isArray(group.ports) ? (group.ports as { port: number; protocol: string }[]) : []
  return (
    <ContainerGroupBlade group={group} section="Properties">
      <Essentials
        title="Properties"
        left={[
          { label: 'Resource ID', value: <span className="font-mono text-xs">{containerGroupResourceId(group.subscriptionId, group.resourceGroup.name, group.name)}</span> },
          { label: 'Location', value: formatLocation(group.location) },
          { label: 'OS type', value: group.osType },
          { label: 'SKU', value: group.sku },
          { label: 'Restart policy', value: group.restartPolicy },
          { label: 'Created', value: formatDateTime(group.createdAt) },
        ]}
        right={[
          { label: 'IP address type', value: group.ipAddressType ?? 'None' },
          { label: 'IP address', value: group.ipAddress ?? '-' },
          { label: 'DNS name label', value: group.dnsNameLabel ?? '-' },
          { label: 'DNS name label scope reuse', value: group.dnsNameLabelScope ? (SCOPE_LABELS[group.dnsNameLabelScope] ?? group.dnsNameLabelScope) : '-' },
          { label: 'FQDN', value: group.fqdn ?? '-' },
          { label: 'Ports', value: ports.length ? ports.map((p) => `${p.port} (${p.protocol})`).join(', ') : '-' },
        ]}
      />
    </ContainerGroupBlade>
  )
}
