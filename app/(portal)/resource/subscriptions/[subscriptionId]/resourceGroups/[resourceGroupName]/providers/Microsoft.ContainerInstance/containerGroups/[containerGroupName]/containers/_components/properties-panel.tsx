// The Properties pane: what the container runs with. Secure environment values are never
// sent to the browser; they show as a mask.
import { Essentials } from '@/components/blade/essentials'

type Port = { port: number; protocol: string }
type EnvironmentVariable = { name: string; value?: string; secureValue?: string }

export type ContainerProperties = { name: string; image: string; command: unknown; ports: unknown; environmentVariables: unknown; cpu: number; memoryInGB: number }

export function PropertiesPanel({ container }: { container: ContainerProperties }) {
  const command = Array.isArray(container.command) ? (container.command as string[]) : []
  const ports = Array.isArray(container.ports) ? (container.ports as Port[]) : []
  const variables = Array.isArray(container.environmentVariables) ? (container.environmentVariables as EnvironmentVariable[]) : []
  return (
    <div className="flex flex-col gap-4">
      <Essentials
        title="Properties"
        left={[
          { label: 'Name', value: container.name },
          { label: 'Image', value: container.image },
          { label: 'Command override', value: command.length ? JSON.stringify(command) : '-' },
        ]}
        right={[
          { label: 'CPU cores', value: container.cpu },
          { label: 'Memory (GiB)', value: container.memoryInGB },
          { label: 'Ports', value: ports.length ? ports.map((p) => `${p.port} (${p.protocol})`).join(', ') : '-' },
        ]}
      />
      <div>
        <h3 className="mb-1 text-[13px] font-semibold">Environment variables</h3>
        {variables.length === 0 ? (
          <p className="text-[13px] text-fg-muted">No environment variables.</p>
        ) : (
          <dl className="grid max-w-2xl grid-cols-[minmax(8rem,14rem)_1fr] gap-y-1 text-[13px]">
            {variables.map((v) => (
              <div key={v.name} className="contents">
                <dt className="font-mono">{v.name}</dt>
                <dd className="font-mono">{v.secureValue !== undefined ? '••••••' : (v.value ?? '')}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  )
}
