'use client'
// Environment variables grid: Mark as secure, Key, Value. The grid always ends in an empty
// row; typing into it adds the next one. Secure values are sent as secureValue, which the
// API never returns.
import { FieldError, fieldErrorId } from '@/components/form/field'
import { Select } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { DeleteRowButton } from './delete-row-button'
import type { TEnvironmentVariableRow } from '@/server/containergroups/wizard-form'
import { fieldDomId, type TWizardDispatch } from './wizard-state'

const SECURE_OPTIONS = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
]

export function EnvironmentVariablesTable({
  rows,
  dispatch,
  errorOf,
}: {
  rows: TEnvironmentVariableRow[]
  dispatch: TWizardDispatch
  errorOf: (field: string) => string | undefined
}) {
  return (
    <table className="w-full max-w-4xl border-collapse text-[13px]">
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="w-36 py-1.5 pr-2 font-semibold">Mark as secure</th>
          <th scope="col" className="py-1.5 pr-2 font-semibold">Key</th>
          <th scope="col" className="py-1.5 pr-2 font-semibold">Value</th>
          <th scope="col" className="w-10"><span className="sr-only">Delete</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const last = index === rows.length - 1
          const keyId = fieldDomId(`env-name-${row.id}`)
          const valueId = fieldDomId(`env-value-${row.id}`)
          const keyError = errorOf(`env-name-${row.id}`)
          const valueError = errorOf(`env-value-${row.id}`)
          const update = (patch: Partial<TEnvironmentVariableRow>) => dispatch({ type: 'updateEnvironmentVariable', id: row.id, patch })
          return (
            <tr key={row.id} className="align-top">
              <td className="py-1 pr-2">
                <Select
                  id={fieldDomId(`env-secure-${row.id}`)}
                  aria-label={`Mark as secure, row ${index + 1}`}
                  value={row.secure ? 'yes' : 'no'}
                  options={SECURE_OPTIONS}
                  onChange={(event) => update({ secure: event.target.value === 'yes' })}
                />
              </td>
              <td className="py-1 pr-2">
                <TextInput id={keyId} aria-label={`Key, row ${index + 1}`} value={row.name} error={keyError} autoComplete="off" onChange={(event) => update({ name: event.target.value })} />
                {keyError ? <FieldError id={fieldErrorId(keyId)}>{keyError}</FieldError> : null}
              </td>
              <td className="py-1 pr-2">
                <TextInput
                  id={valueId}
                  type={row.secure ? 'password' : 'text'}
                  aria-label={`Value, row ${index + 1}`}
                  value={row.value}
                  error={valueError}
                  autoComplete="off"
                  onChange={(event) => update({ value: event.target.value })}
                />
                {valueError ? <FieldError id={fieldErrorId(valueId)}>{valueError}</FieldError> : null}
              </td>
              <td className="py-1">
                {last ? null : (
                  <DeleteRowButton label={`Delete environment variable ${row.name || `row ${index + 1}`}`} onClick={() => dispatch({ type: 'removeEnvironmentVariable', id: row.id })} />
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
