import type { Metadata } from 'next'
import { AutoRefresh } from '@/components/auto-refresh'
import { Blade } from '@/components/blade/blade'
import { Essentials } from '@/components/blade/essentials'
import { EventsTable } from '@/components/events-table'
import { ButtonLink } from '@/components/form/button'
import { formatDateTime } from '@/components/format'
import { CommandIcons } from '@/components/icons/command-icons'
import { DeploymentIcon } from '@/components/icons/resource-icons'
import { MessageBar } from '@/components/message-bar'
import { containerGroupHref } from '@/components/resource-href'
import { orNotFound } from '@/components/or-not-found'
import { requirePrincipal } from '@/server/auth/session'
import { getOperationOrThrow, resourceGroupNameFromId } from '@/server/containergroups/get-operation-or-throw'
import { DeploymentDetails } from './_components/deployment-details'
import { deploymentName, deploymentOutcome } from './_components/deployment-status'

export const metadata: Metadata = { title: 'Deployment' }

const HEADLINE = {
  InProgress: { text: 'Deployment is in progress', icon: CommandIcons.pending },
  Succeeded: { text: 'Your deployment is complete', icon: CommandIcons.success },
  Failed: { text: 'Your deployment failed', icon: CommandIcons.error },
} as const

export default async function DeploymentPage({ params }: { params: Promise<{ operationId: string }> }) {
  const { operationId } = await params
  const principal = await requirePrincipal()
  const view = await orNotFound(getOperationOrThrow({ principal, operationId }))
  const { operation, containerGroup } = view
  const outcome = deploymentOutcome(view)
  const name = deploymentName(operation.startTime)
  const resourceGroupName = resourceGroupNameFromId(operation.resourceId) ?? ''
  const events = view.events.map((e) => ({ ...e, firstTimestamp: e.firstTimestamp.toISOString(), lastTimestamp: e.lastTimestamp.toISOString() }))
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: name }]} title={name} section="Overview" subtitle="Deployment" icon={<DeploymentIcon />}>
      <AutoRefresh active={outcome === 'InProgress'} intervalMs={1500} />
      <div className="flex items-center gap-3 py-2" role="status" aria-live="polite">
        <span className="[&_svg]:h-8 [&_svg]:w-8">{HEADLINE[outcome].icon}</span>
        <h2 className="text-xl font-semibold">{HEADLINE[outcome].text}</h2>
      </div>
      <Essentials
        left={[
          { label: 'Deployment name', value: name },
          { label: 'Subscription ID', value: operation.resourceId.split('/')[2] },
          { label: 'Resource group', value: resourceGroupName },
        ]}
        right={[
          { label: 'Start time', value: formatDateTime(operation.startTime) },
          { label: 'Correlation ID', value: operation.id },
          { label: 'Operation', value: operation.kind },
        ]}
      />
      {outcome === 'Failed' ? (
        <MessageBar intent="error" title={operation.error?.code ?? 'DeploymentFailed'} className="mt-4">
          {operation.error?.message ?? 'The container group deployment failed. See the events below for details.'}
        </MessageBar>
      ) : null}
      {outcome === 'Succeeded' && containerGroup ? (
        <div className="mt-4">
          <ButtonLink variant="primary" href={containerGroupHref(containerGroup.subscriptionId, containerGroup.resourceGroupName, containerGroup.name)}>
            Go to resource
          </ButtonLink>
        </div>
      ) : null}
      <DeploymentDetails view={view} resourceGroupName={resourceGroupName} subscriptionId={operation.resourceId.split('/')[2]} />
      {outcome !== 'Succeeded' ? (
        <section className="mt-6">
          <h2 className="mb-2 text-base font-semibold">Events</h2>
          <EventsTable events={events} label="Deployment events" />
        </section>
      ) : null}
    </Blade>
  )
}
