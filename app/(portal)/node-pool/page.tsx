import type { Metadata } from 'next'
import { AutoRefresh } from '@/components/auto-refresh'
import { Blade } from '@/components/blade/blade'
import { CommandBar, CommandLink } from '@/components/command-bar'
import { DataTable, type Column } from '@/components/data-table'
import { formatLocation } from '@/components/format'
import { CommandIcons } from '@/components/icons/command-icons'
import { MessageBar } from '@/components/message-bar'
import { StatusBadge } from '@/components/status-badge'
import { REGIONS } from '@/server/arm/regions'
import { requirePrincipal } from '@/server/auth/session'
import { isNodePoolAdmin } from '@/server/nodes/assert-node-pool-admin'
import { findNodePool, type TNodePoolNode } from '@/server/nodes/find-node-pool'
import { AddNodesForm } from './_components/add-nodes-form'
import { NodeActions } from './_components/node-actions'
import { UsageBar } from './_components/usage-bar'

export const metadata: Metadata = { title: 'Node pool' }

const COLUMNS: Column<TNodePoolNode>[] = [
  { key: 'name', header: 'Name', cell: (n) => <span className="font-mono text-[12px]">{n.name}</span> },
  { key: 'state', header: 'State', cell: (n) => <StatusBadge state={n.heartbeatPaused && n.state !== 'NotReady' ? `${n.state} (failing)` : n.state} /> },
  { key: 'os', header: 'OS type', cell: (n) => n.osType },
  { key: 'cpu', header: 'CPU', cell: (n) => <UsageBar label={`CPU of ${n.name}`} used={n.cpuAllocatedMillicores / 1000} capacity={n.cpuCapacityMillicores / 1000} unit="vCPU" /> },
  {
    key: 'memory',
    header: 'Memory',
    cell: (n) => <UsageBar label={`Memory of ${n.name}`} used={Math.round(n.memoryAllocatedMb / 102.4) / 10} capacity={Math.round(n.memoryCapacityMb / 102.4) / 10} unit="GiB" />,
  },
  { key: 'groups', header: 'Container groups', cell: (n) => n.containerGroups },
  { key: 'agent', header: 'Agent', cell: (n) => <span className="font-mono text-[12px]">{n.agentId ?? '—'}</span> },
  { key: 'actions', header: 'Actions', cell: (n) => <NodeActions nodeName={n.name} cordoned={n.cordoned} heartbeatPaused={n.heartbeatPaused} /> },
]

export default async function NodePoolPage() {
  const principal = await requirePrincipal()
  const breadcrumbs = [{ label: 'Home', href: '/' }, { label: 'Node pool' }]
  if (!(await isNodePoolAdmin(principal))) {
    return (
      <Blade breadcrumbs={breadcrumbs} title="Node pool">
        <MessageBar intent="warning" title="You need to be an administrator to see the node pool.">
          The node pool belongs to whoever runs this Cerulean; the demo user is an administrator.
        </MessageBar>
      </Blade>
    )
  }
  const pool = await findNodePool({ principal })
  const regions = REGIONS.map(([value, label]) => ({ value, label }))
  return (
    <Blade
      breadcrumbs={breadcrumbs}
      title="Node pool"
      subtitle="Simulated nodes that run container groups"
      commandBar={
        <CommandBar>
          <CommandLink href="/node-pool" icon={CommandIcons.refresh}>
            Refresh
          </CommandLink>
        </CommandBar>
      }
    >
      <AutoRefresh active intervalMs={3_000} />
      <section aria-label="Node agents" className="mb-4 text-[13px]">
        <h2 className="mb-1 text-base font-semibold">Node agents</h2>
        {pool.agents.length === 0 ? (
          <MessageBar intent="warning">No node agent is running: nodes stop reporting and turn NotReady.</MessageBar>
        ) : (
          <ul className="list-inside list-disc text-fg-muted">
            {pool.agents.map((agent) => (
              <li key={agent.id}>
                <span className="font-mono text-[12px] text-fg">{agent.id}</span> on {agent.hostname} (pid {agent.pid}), {agent.nodes} node(s)
              </li>
            ))}
          </ul>
        )}
      </section>
      {pool.regions.map(({ region, nodes }) => (
        <section key={region} aria-label={formatLocation(region)} className="mb-6">
          <h2 className="mb-1 text-base font-semibold">
            {formatLocation(region)} <span className="font-normal text-fg-muted">({nodes.length} nodes)</span>
          </h2>
          <DataTable label={`Nodes in ${formatLocation(region)}`} columns={COLUMNS} rows={nodes} rowKey={(n) => n.id} />
        </section>
      ))}
      <AddNodesForm regions={regions} />
    </Blade>
  )
}
