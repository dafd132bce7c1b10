'use client'
// Tags: name/value pairs, shown "name : value" as in every Azure create wizard.
import { FieldError, fieldErrorId } from '@/components/form/field'
import { TextInput } from '@/components/form/text-input'
import { DeleteRowButton } from './delete-row-button'
import type { TTagRow } from '@/server/containergroups/wizard-form'
import { fieldDomId, type TTabProps } from './wizard-state'

export function TagsTab({ form, dispatch, errorOf }: TTabProps) {
  const tableError = errorOf('tags')
  return (
    <div className="max-w-4xl">
      <p className="mb-5 max-w-3xl text-[13px] text-fg">
        Tags are name/value pairs that enable you to categorize resources and view consolidated billing by applying the same tag to multiple resources
        and resource groups.
      </p>
      <table id={fieldDomId('tags')} tabIndex={-1} className="w-full border-collapse text-[13px]">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1.5 pr-2 font-semibold">Name</th>
            <th scope="col" className="w-4" aria-hidden="true" />
            <th scope="col" className="py-1.5 pr-2 font-semibold">Value</th>
            <th scope="col" className="w-10"><span className="sr-only">Delete</span></th>
          </tr>
        </thead>
        <tbody>
          {form.tags.map((row, index) => {
            const last = index === form.tags.length - 1
            const nameId = fieldDomId(`tag-name-${row.id}`)
            const valueId = fieldDomId(`tag-value-${row.id}`)
            const nameError = errorOf(`tag-name-${row.id}`)
            const valueError = errorOf(`tag-value-${row.id}`)
            const update = (patch: Partial<TTagRow>) => dispatch({ type: 'updateTag', id: row.id, patch })
            return (
              <tr key={row.id} className="align-top">
                <td className="py-1 pr-2">
                  <TextInput id={nameId} aria-label={`Name, row ${index + 1}`} value={row.name} error={nameError} autoComplete="off" onChange={(event) => update({ name: event.target.value })} />
                  {nameError ? <FieldError id={fieldErrorId(nameId)}>{nameError}</FieldError> : null}
                </td>
                <td className="py-1 text-center leading-8 text-fg-muted" aria-hidden="true">
                  :
                </td>
                <td className="py-1 pr-2">
                  <TextInput id={valueId} aria-label={`Value, row ${index + 1}`} value={row.value} error={valueError} autoComplete="off" onChange={(event) => update({ value: event.target.value })} />
                  {valueError ? <FieldError id={fieldErrorId(valueId)}>{valueError}</FieldError> : null}
                </td>
                <td className="py-1">
                  {last ? null : (
                    <DeleteRowButton label={`Delete tag ${row.name || `row ${index + 1}`}`} onClick={() => dispatch({ type: 'removeTag', id: row.id })} />
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {tableError ? <div className="mt-1"><FieldError>{tableError}</FieldError></div> : null}
    </div>
  )
}
