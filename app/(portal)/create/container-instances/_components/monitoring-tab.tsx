// Monitoring: Cerulean keeps every container's logs and events itself, so there is no Log
// Analytics workspace to choose; the tab says where to find them instead.
import { FormSection } from '@/components/form/field'
import { MessageBar } from '@/components/message-bar'

export function MonitoringTab() {
  return (
    <div className="max-w-3xl">
      <p className="mb-5 text-[13px] text-fg">Monitor your container instance with logs and events.</p>
      <FormSection title="Container instance logs">
        <MessageBar intent="info">
          Logs and events are collected for every container and shown on the container instance&apos;s Containers blade (Events and Logs). Log
          Analytics workspaces are not available in Cerulean.
        </MessageBar>
      </FormSection>
    </div>
  )
}
