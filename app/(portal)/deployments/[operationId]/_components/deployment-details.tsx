// "Deployment details": each resource the deployment touches with its status, then the
// steps of the container group's deployment as the control plane reports them.
import Link from 'next/link'
import { DataTable, type Column } from '@/components/data-table'
import { containerGroupHref, resourceGroupHref } from '@/components/resource-href'
import { StatusBadge } from '@/components/status-badge'
import type { TOperationView } from '@/server/containergroups/get-operation-or-throw'
import type { TDeploymentStep } from '@/server/containergroups/deployment-steps'

type ResourceRow = { key: string; name: string; href: string | null; type: string; status: string }

const RESOURCE_COLUMNS: Column<ResourceRow>[] = [
  { key: 'name', header: 'Resource', cell: (r) => (r.href ? <Link className="link" href={r.href}>{r.name}</Link> : r.name) },
  { key: 'type', header: 'Type', cell: (r) => r.type },
  { key: 'status', header: 'Status', cell: (r) => <StatusBadge state={r.status} /> },
]

const STEP_LABEL: Record<TDeploymentStep['status'], string> = { NotStarted: 'Not started', InProgress: 'In progress', Succeeded: 'Succeeded', Failed: 'Failed' }

const STEP_COLUMNS: Column<TDeploymentStep & { index: number }>[] = [
  { key: 'step', header: 'Step', cell: (s) => s.name },
  { key: 'status', header: 'Status', cell: (s) => <StatusBadge state={s.status === 'InProgress' ? 'InProgress' : STEP_LABEL[s.status]} /> },
  { key: 'detail', header: 'Details', cell: (s) => s.detail ?? '' },
]

export function DeploymentDetails({ view, resourceGroupName, subscriptionId }: { view: TOperationView; resourceGroupName: string; subscriptionId: string }) {
  const group = view.containerGroup
  const resources: ResourceRow[] = [
    { key: 'rg', name: resourceGroupName, href: resourceGroupHref(subscriptionId, resourceGroupName), type: 'Resource group', status: 'OK' },
    {
      key: 'cg',
      name: group?.name ?? view.operation.resourceId.split('/').pop() ?? '',
      href: group ? containerGroupHref(group.subscriptionId, group.resourceGroupName, group.name) : null,
      type: 'Microsoft.ContainerInstance/containerGroups',
      status: group ? (group.provisioningState === 'Succeeded' ? 'Created' : group.provisioningState) : view.operation.status,
    },
  ]
  return (
    <section aria-labelledby="deployment-details" className="mt-6">
      <h2 id="deployment-details" className="mb-2 text-base font-semibold">
        Deployment details
      </h2>
      <DataTable label="Deployment details" columns={RESOURCE_COLUMNS} rows={resources} rowKey={(r) => r.key} />
      <h3 className="mt-5 mb-2 text-[13px] font-semibold">Progress</h3>
      <DataTable label="Deployment progress" columns={STEP_COLUMNS} rows={view.steps.map((s, index) => ({ ...s, index }))} rowKey={(s) => String(s.index)} />
    </section>
  )
}
