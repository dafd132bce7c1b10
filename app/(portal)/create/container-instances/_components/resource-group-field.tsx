'use client'
// Resource group: a select of the subscription's groups plus "Create new", which opens a
// small callout asking for the name. The new group shows as "(New) name" and is created,
// in the chosen region, when the deployment starts.
import { useState } from 'react'
import { Button } from '@/components/form/button'
import { Field } from '@/components/form/field'
import { Select } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { ZResourceGroupName } from '@/server/containergroups/schemas'
import type { TWizardForm } from '@/server/containergroups/wizard-form'
import type { TResourceGroupOption } from './basics-tab'
import { fieldDomId, type TWizardDispatch } from './wizard-state'

function newGroupNameError(name: string, existing: TResourceGroupOption[]): string | undefined {
  const parsed = ZResourceGroupName.safeParse(name)
  if (!parsed.success) return parsed.error.issues[0].message
  if (existing.some((g) => g.name.toLowerCase() === name.toLowerCase())) return 'A resource group with the same name already exists in the selected subscription.'
  return undefined
}

export function ResourceGroupField({
  form,
  dispatch,
  error,
  resourceGroups,
}: {
  form: TWizardForm
  dispatch: TWizardDispatch
  error?: string
  resourceGroups: TResourceGroupOption[]
}) {
  const [draft, setDraft] = useState<{ name: string; submitted: boolean } | null>(null)
  const options = resourceGroups.map((g) => ({ value: g.name, label: g.name }))
  if (form.resourceGroupIsNew && form.resourceGroupName) options.unshift({ value: form.resourceGroupName, label: `(New) ${form.resourceGroupName}` })
  const draftError = draft && (draft.submitted || draft.name) ? newGroupNameError(draft.name, resourceGroups) : undefined

  function accept() {
    if (!draft) return
    if (newGroupNameError(draft.name, resourceGroups)) return setDraft({ ...draft, submitted: true })
    dispatch({ type: 'set', field: 'resourceGroup', patch: { resourceGroupName: draft.name, resourceGroupIsNew: true } })
    setDraft(null)
  }

  return (
    <Field label="Resource group" htmlFor={fieldDomId('resourceGroup')} required error={error}>
      <Select
        id={fieldDomId('resourceGroup')}
        value={form.resourceGroupName}
        error={error}
        placeholder="Select a resource group"
        options={options}
        onChange={(event) =>
          dispatch({
            type: 'set',
            field: ['resourceGroup', 'name', 'dnsNameLabel'],
            patch: { resourceGroupName: event.target.value, resourceGroupIsNew: form.resourceGroupIsNew && event.target.value === form.resourceGroupName },
          })
        }
      />
      <div>
        <button type="button" className="link text-[13px]" aria-expanded={draft !== null} onClick={() => setDraft(draft ? null : { name: '', submitted: false })}>
          Create new
        </button>
      </div>
      {draft ? (
        <div
          role="dialog"
          aria-labelledby="new-resource-group-title"
          className="mt-1 max-w-sm rounded-sm border border-line bg-white p-4 shadow-lg"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setDraft(null)
          }}
        >
          <p id="new-resource-group-title" className="mb-1 text-[13px] text-fg">
            A resource group is a container that holds related resources for an Azure solution.
          </p>
          <Field label="Name" htmlFor={fieldDomId('newResourceGroupName')} required layout="stacked" error={draftError}>
            <TextInput
              id={fieldDomId('newResourceGroupName')}
              autoFocus
              value={draft.name}
              error={draftError}
              autoComplete="off"
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  accept()
                }
              }}
            />
          </Field>
          <div className="mt-2 flex gap-2">
            <Button variant="primary" onClick={accept}>
              OK
            </Button>
            <Button onClick={() => setDraft(null)}>Cancel</Button>
          </div>
        </div>
      ) : null}
    </Field>
  )
}
