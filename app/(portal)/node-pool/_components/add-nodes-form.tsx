'use client'
// Add nodes to a region: how many, and the size of each.
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Button } from '@/components/form/button'
import { Field, FormSection } from '@/components/form/field'
import { Select, type SelectOption } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { MessageBar } from '@/components/message-bar'
import type { TAddNodesInput } from '@/server/nodes/schemas'
import { addNodesAction } from '../actions'

const OS_TYPES: SelectOption[] = ['Linux', 'Windows'].map((os) => ({ value: os, label: os }))

export function AddNodesForm({ regions }: { regions: SelectOption[] }) {
  const router = useRouter()
  const [values, setValues] = useState({ region: regions[0]?.value ?? 'eastus', osType: 'Linux', count: '3', cpuCores: '16', memoryGb: '64' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null)
  const [pending, setPending] = useState(false)
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }))

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setErrors({})
    setMessage(null)
    const input = { ...values, region: values.region as TAddNodesInput['region'], osType: values.osType as TAddNodesInput['osType'] }
    const result = await addNodesAction(input).catch(() => null)
    setPending(false)
    if (!result) return setMessage({ intent: 'error', text: 'Cerulean could not be reached. Your input is kept; try again.' })
    if (!result.ok) {
      setErrors(result.error.fieldErrors ?? {})
      return setMessage({ intent: 'error', text: result.error.message })
    }
    setMessage({ intent: 'success', text: `Added ${result.data.added.length} node(s): ${result.data.added.join(', ')}. An agent takes them within seconds.` })
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-3" aria-label="Add nodes">
      <FormSection title="Add nodes">
        <Field label="Region" htmlFor="add-region" error={errors.region}>
          <Select id="add-region" options={regions} value={values.region} onChange={set('region')} error={errors.region} />
        </Field>
        <Field label="OS type" htmlFor="add-os">
          <Select id="add-os" options={OS_TYPES} value={values.osType} onChange={set('osType')} />
        </Field>
        <Field label="Number of nodes" htmlFor="add-count" error={errors.count}>
          <TextInput id="add-count" inputMode="numeric" value={values.count} onChange={set('count')} error={errors.count} />
        </Field>
        <Field label="vCPUs per node" htmlFor="add-cpu" error={errors.cpuCores}>
          <TextInput id="add-cpu" inputMode="numeric" value={values.cpuCores} onChange={set('cpuCores')} error={errors.cpuCores} />
        </Field>
        <Field label="Memory per node (GiB)" htmlFor="add-memory" error={errors.memoryGb}>
          <TextInput id="add-memory" inputMode="numeric" value={values.memoryGb} onChange={set('memoryGb')} error={errors.memoryGb} />
        </Field>
      </FormSection>
      {message ? <MessageBar intent={message.intent}>{message.text}</MessageBar> : null}
      <div>
        <Button type="submit" variant="primary" disabled={pending}>
          Add nodes
        </Button>
      </div>
    </form>
  )
}
