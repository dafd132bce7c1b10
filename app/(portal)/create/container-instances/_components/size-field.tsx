'use client'
// Size: "1 vCPU, 1.5 GiB memory, 0 gpus" and the "Change size" panel. The panel edits a draft
// and applies it on OK, so a half-typed size never reaches the form.
import { useState } from 'react'
import { Button } from '@/components/form/button'
import { Field } from '@/components/form/field'
import { Select } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { MAX_GROUP_CPU, MAX_GROUP_MEMORY_GB } from '@/server/containergroups/schemas'
import { describeSize, type TWizardForm } from '@/server/containergroups/wizard-form'
import { MIN_MEMORY_GB, validateSize } from '@/server/containergroups/wizard-to-create-input'
import { fieldDomId, type TWizardDispatch } from './wizard-state'

const CPU_OPTIONS = Array.from({ length: MAX_GROUP_CPU }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))

export function SizeField({ form, dispatch, error }: { form: TWizardForm; dispatch: TWizardDispatch; error?: string }) {
  const [draft, setDraft] = useState<{ cpu: string; memoryInGB: string } | null>(null)
  const [submitted, setSubmitted] = useState(false)
  const draftErrors = draft ? validateSize(draft.cpu, draft.memoryInGB) : {}
  // A draft's problems show once it differs from the applied size, or after OK.
  const cpuError = draft && (submitted || draft.cpu !== form.cpu) ? draftErrors.cpu : undefined
  const memoryError = draft && (submitted || draft.memoryInGB !== form.memoryInGB) ? draftErrors.memoryInGB : undefined

  function apply() {
    setSubmitted(true)
    if (!draft || draftErrors.cpu || draftErrors.memoryInGB) return
    dispatch({ type: 'set', field: 'size', patch: { cpu: draft.cpu, memoryInGB: String(Number(draft.memoryInGB)) } })
    setDraft(null)
  }

  return (
    <Field label="Size" htmlFor={fieldDomId('size')} required error={error}>
      <div className="flex flex-col items-start gap-0.5 pt-1.5">
        <output id={fieldDomId('size')} tabIndex={-1} className="text-[13px] text-fg">
          {describeSize(form.cpu, form.memoryInGB)}
        </output>
        <button
          type="button"
          className="link text-[13px]"
          aria-expanded={draft !== null}
          onClick={() => {
            setSubmitted(false)
            setDraft(draft ? null : { cpu: form.cpu, memoryInGB: form.memoryInGB })
          }}
        >
          Change size
        </button>
      </div>
      {draft ? (
        <section aria-labelledby="change-size-title" className="mt-1 max-w-sm rounded-sm border border-line bg-white p-4 shadow-lg">
          <h3 id="change-size-title" className="mb-1 text-sm font-semibold">
            Change container size
          </h3>
          <Field layout="stacked" label="Number of CPU cores" htmlFor={fieldDomId('cpu')} required error={cpuError}>
            <Select id={fieldDomId('cpu')} value={draft.cpu} options={CPU_OPTIONS} onChange={(event) => setDraft({ ...draft, cpu: event.target.value })} />
          </Field>
          <Field
            layout="stacked"
            label="Memory (GiB)"
            htmlFor={fieldDomId('memoryInGB')}
            required
            error={memoryError}
            info={`${MIN_MEMORY_GB} to ${MAX_GROUP_MEMORY_GB} GiB, in steps of 0.1.`}
          >
            <TextInput
              id={fieldDomId('memoryInGB')}
              type="number"
              inputMode="decimal"
              min={MIN_MEMORY_GB}
              max={MAX_GROUP_MEMORY_GB}
              step={0.1}
              value={draft.memoryInGB}
              error={memoryError}
              onChange={(event) => setDraft({ ...draft, memoryInGB: event.target.value })}
            />
          </Field>
          <div className="mt-2 flex gap-2">
            <Button variant="primary" onClick={apply}>
              OK
            </Button>
            <Button onClick={() => setDraft(null)}>Cancel</Button>
          </div>
        </section>
      ) : null}
    </Field>
  )
}
