// The Connect pane. Exec into a simulated container is not available yet; the pane shows
// the start-up command choice the portal offers so the layout is familiar.
import { MessageBar } from '@/components/message-bar'

export function ConnectPanel({ containerName }: { containerName: string }) {
  return (
    <div className="flex max-w-2xl flex-col gap-3">
      <MessageBar intent="info" title="Connect is coming soon">
        Opening a shell in &apos;{containerName}&apos; will be possible in a later version of Cerulean.
      </MessageBar>
      <fieldset disabled className="flex flex-col gap-1.5 text-[13px] text-fg-subtle">
        <legend className="mb-1 font-semibold text-fg">Choose start up command</legend>
        {['/bin/bash', '/bin/sh', 'Custom'].map((option) => (
          <label key={option} className="inline-flex items-center gap-2">
            <input type="radio" name="startup-command" value={option} defaultChecked={option === '/bin/sh'} />
            {option}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
