import type { Metadata } from 'next'
import { AutoRefresh } from '@/components/auto-refresh'
import { CommandBar, CommandLink } from '@/components/command-bar'
import { EventsTable } from '@/components/events-table'
import { CommandIcons } from '@/components/icons/command-icons'
import { containerGroupHref } from '@/components/resource-href'
import { TabPanel, Tabs } from '@/components/form/tabs'
import { getContainerGroupEvents } from '@/server/containergroups/get-container-group-events'
import { ContainerGroupBlade } from '../_components/container-group-blade'
import { loadContainerGroup, type ContainerGroupParams } from '../_components/load-container-group'
import { ConnectPanel } from './_components/connect-panel'
import { ContainersTable } from './_components/containers-table'
import { LogsViewer } from './_components/logs-viewer'
import { PropertiesPanel } from './_components/properties-panel'

export const metadata: Metadata = { title: 'Containers' }

const TABS = [
  { id: 'events', label: 'Events' },
  { id: 'properties', label: 'Properties' },
  { id: 'logs', label: 'Logs' },
  { id: 'connect', label: 'Connect' },
] as const
type TabId = (typeof TABS)[number]['id']

type SearchParams = { tab?: string; container?: string }

export default async function ContainersPage({ params, searchParams }: { params: Promise<ContainerGroupParams>; searchParams: Promise<SearchParams> }) {
  const { principal, group } = await loadContainerGroup(params)
  const query = await searchParams
  const tab: TabId = TABS.find((t) => t.id === query.tab)?.id ?? 'events'
  const container = group.containers.find((c) => c.name === query.container) ?? group.containers[0]
  const base = containerGroupHref(group.subscriptionId, group.resourceGroup.name, group.name, 'containers')
  const href = (nextTab: TabId, name = container?.name) => `${base}?tab=${nextTab}${name ? `&container=${encodeURIComponent(name)}` : ''}`
  const events = container && tab === 'events' ? await getContainerGroupEvents({ principal, containerGroupId: group.id, containerName: container.name }) : []

  return (
    <ContainerGroupBlade
      group={group}
      section="Containers"
      commandBar={
        <CommandBar>
          <CommandLink href={href(tab)} icon={CommandIcons.refresh}>
            Refresh
          </CommandLink>
        </CommandBar>
      }
    >
      {/* Events and container states change on their own; logs stream and need no refresh. */}
      <AutoRefresh active={tab !== 'logs' && tab !== 'connect'} intervalMs={2000} />
      <ContainersTable containers={group.containers} selected={container?.name ?? ''} hrefFor={(name) => href(tab, name)} />
      {container ? (
        <section aria-label={`Details of ${container.name}`} className="mt-6">
          <Tabs idPrefix="container" label={`${container.name} details`} selected={tab} items={TABS.map((t) => ({ ...t, href: href(t.id) }))} />
          <TabPanel idPrefix="container" id={tab}>
            {tab === 'events' ? <EventsTable events={events} /> : null}
            {tab === 'properties' ? <PropertiesPanel container={container} /> : null}
            {tab === 'logs' ? <LogsViewer key={container.name} containerGroupId={group.id} containerName={container.name} /> : null}
            {tab === 'connect' ? <ConnectPanel key={container.name} containerGroupId={group.id} containerName={container.name} running={container.lifecycleStage === 'Running'} /> : null}
          </TabPanel>
        </section>
      ) : null}
    </ContainerGroupBlade>
  )
}
