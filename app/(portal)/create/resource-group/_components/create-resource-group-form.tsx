'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Button, ButtonLink } from '@/components/form/button'
import { Field, FormSection } from '@/components/form/field'
import { Select, type SelectOption } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { MessageBar } from '@/components/message-bar'
import { resourceGroupHref } from '@/components/resource-href'
import { createResourceGroupAction } from '../actions'

type Props = { subscriptions: SelectOption[]; regions: SelectOption[]; defaultRegion: string }

export function CreateResourceGroupForm({ subscriptions, regions, defaultRegion }: Props) {
  const router = useRouter()
  const [values, setValues] = useState({ subscriptionId: subscriptions[0]?.value ?? '', name: '', location: defaultRegion })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setErrors({})
    setBanner(null)
    const result = await createResourceGroupAction({ ...values, tags: {} }).catch(() => null)
    setPending(false)
    if (!result) return setBanner('Cerulean could not be reached. Your input is kept; try again.')
    if (!result.ok) {
      const fieldErrors = { ...result.error.fieldErrors }
      if (result.error.code === 'InvalidResourceGroupLocation') fieldErrors.location = result.error.message
      setErrors(fieldErrors)
      if (!Object.keys(fieldErrors).length) setBanner(result.error.message)
      return
    }
    router.push(resourceGroupHref(result.data.subscriptionId, result.data.name))
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl">
      <p className="mb-4 max-w-3xl text-[13px]">
        Resource group - A container that holds related resources for an Azure solution. The resource group can include all the resources for the
        solution, or only those resources that you want to manage as a group.
      </p>
      {banner ? <MessageBar intent="error" className="mb-3">{banner}</MessageBar> : null}
      <FormSection title="Project details">
        <Field label="Subscription" htmlFor="subscriptionId" required error={errors.subscriptionId}>
          <Select
            id="subscriptionId"
            options={subscriptions}
            value={values.subscriptionId}
            error={errors.subscriptionId}
            onChange={(e) => setValues((v) => ({ ...v, subscriptionId: e.target.value }))}
          />
        </Field>
        <Field label="Resource group" htmlFor="name" required error={errors.name}>
          <TextInput id="name" value={values.name} error={errors.name} autoComplete="off" onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} />
        </Field>
      </FormSection>
      <FormSection title="Resource details">
        <Field label="Region" htmlFor="location" required error={errors.location}>
          <Select id="location" options={regions} value={values.location} error={errors.location} onChange={(e) => setValues((v) => ({ ...v, location: e.target.value }))} />
        </Field>
      </FormSection>
      <div className="flex gap-2 border-t border-line pt-4">
        <Button type="submit" variant="primary" disabled={pending}>
          Create
        </Button>
        <ButtonLink href="/resource-groups">Cancel</ButtonLink>
      </div>
    </form>
  )
}
