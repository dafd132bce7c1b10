'use client'
// The Ports grid: each row is a port and its protocol; the same list becomes the container's
// ports and the IP address's ports. At most five per IP address, as in ACI.
import { Button } from '@/components/form/button'
import { FieldError, fieldErrorId } from '@/components/form/field'
import { Select } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { DeleteRowButton } from './delete-row-button'
import { MAX_PORTS_PER_IP } from '@/server/containergroups/schemas'
import type { TPortRow } from '@/server/containergroups/wizard-form'
import { fieldDomId, type TWizardDispatch } from './wizard-state'

const PROTOCOLS = [
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
]

export function PortsTable({ ports, dispatch, errorOf }: { ports: TPortRow[]; dispatch: TWizardDispatch; errorOf: (field: string) => string | undefined }) {
  const tableError = errorOf('ports')
  return (
    <div className="max-w-xl">
      <table className="w-full border-collapse text-[13px]">
        <thead>
          <tr className="border-b border-line text-left">
            <th id="ports-port-header" scope="col" className="py-1.5 pr-2 font-semibold">Ports</th>
            <th id="ports-protocol-header" scope="col" className="py-1.5 pr-2 font-semibold">Ports protocol</th>
            <th scope="col" className="w-10"><span className="sr-only">Delete</span></th>
          </tr>
        </thead>
        <tbody>
          {ports.map((row, index) => {
            const portId = fieldDomId(`port-${row.id}`)
            const portError = errorOf(`port-${row.id}`)
            return (
              <tr key={row.id} className="align-top">
                <td className="py-1 pr-2">
                  <TextInput
                    id={portId}
                    inputMode="numeric"
                    aria-label={`Port, row ${index + 1}`}
                    value={row.port}
                    error={portError}
                    onChange={(event) => dispatch({ type: 'updatePort', id: row.id, patch: { port: event.target.value } })}
                  />
                  {portError ? <FieldError id={fieldErrorId(portId)}>{portError}</FieldError> : null}
                </td>
                <td className="py-1 pr-2">
                  <Select
                    id={fieldDomId(`protocol-${row.id}`)}
                    aria-label={`Ports protocol, row ${index + 1}`}
                    value={row.protocol}
                    options={PROTOCOLS}
                    onChange={(event) => dispatch({ type: 'updatePort', id: row.id, patch: { protocol: event.target.value as 'TCP' | 'UDP' } })}
                  />
                </td>
                <td className="py-1">
                  <DeleteRowButton label={`Delete port ${row.port || `row ${index + 1}`}`} onClick={() => dispatch({ type: 'removePort', id: row.id })} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="mt-2 flex items-center gap-3">
        <Button id={fieldDomId('ports')} onClick={() => dispatch({ type: 'addPort' })} disabled={ports.length >= MAX_PORTS_PER_IP}>
          + Add port
        </Button>
        <span className="text-xs text-fg-muted">Up to {MAX_PORTS_PER_IP} ports per IP address.</span>
      </div>
      {tableError ? <div className="mt-1"><FieldError id={fieldErrorId(fieldDomId('ports'))}>{tableError}</FieldError></div> : null}
    </div>
  )
}
