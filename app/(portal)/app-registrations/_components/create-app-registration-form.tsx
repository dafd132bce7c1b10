'use client'
// New app registration: name, role and scope in; the client secret out, shown this once.
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Button } from '@/components/form/button'
import { Field, FormSection } from '@/components/form/field'
import { Select, type SelectOption } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { MessageBar } from '@/components/message-bar'
import { createAppRegistrationAction } from '../actions'

const ROLES: SelectOption[] = ['Contributor', 'Reader', 'Owner'].map((role) => ({ value: role, label: role }))

type TCreated = { appId: string; displayName: string; password: string; tenant: string; subscriptionId: string }

export function CreateAppRegistrationForm({ subscriptions }: { subscriptions: SelectOption[] }) {
  const router = useRouter()
  const [values, setValues] = useState({ displayName: '', role: 'Contributor', subscriptionId: subscriptions[0]?.value ?? '', resourceGroupName: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<string | null>(null)
  const [created, setCreated] = useState<TCreated | null>(null)
  const [pending, setPending] = useState(false)
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }))

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setErrors({})
    setBanner(null)
    const input = { ...values, role: values.role as 'Contributor', resourceGroupName: values.resourceGroupName || undefined }
    const result = await createAppRegistrationAction(input).catch(() => null)
    setPending(false)
    if (!result) return setBanner('Cerulean could not be reached. Your input is kept; try again.')
    if (!result.ok) {
      const fieldErrors = result.error.fieldErrors ?? {}
      setErrors(fieldErrors)
      // An error on no field of this form (a missing resource group, say) goes in the banner.
      if (!Object.keys(fieldErrors).some((name) => name in values)) setBanner(result.error.message)
      return
    }
    setCreated(result.data)
    setValues((v) => ({ ...v, displayName: '' }))
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-4xl">
      {banner ? <MessageBar intent="error" className="mb-3">{banner}</MessageBar> : null}
      {created ? (
        <MessageBar intent="success" title={`Created ${created.displayName}. Copy the secret now: it is not shown again.`} className="mb-3">
          <pre className="mt-1 font-mono text-xs whitespace-pre-wrap">{JSON.stringify(created, null, 2)}</pre>
        </MessageBar>
      ) : null}
      <FormSection title="Register an application">
        <Field label="Name" htmlFor="displayName" required error={errors.displayName}>
          <TextInput id="displayName" value={values.displayName} error={errors.displayName} autoComplete="off" onChange={set('displayName')} />
        </Field>
        <Field label="Role" htmlFor="role" required error={errors.role}>
          <Select id="role" options={ROLES} value={values.role} error={errors.role} onChange={set('role')} />
        </Field>
        <Field label="Subscription" htmlFor="subscriptionId" required error={errors.subscriptionId}>
          <Select id="subscriptionId" options={subscriptions} value={values.subscriptionId} error={errors.subscriptionId} onChange={set('subscriptionId')} />
        </Field>
        <Field label="Resource group" htmlFor="resourceGroupName" info="Leave empty for the whole subscription." error={errors.resourceGroupName}>
          <TextInput id="resourceGroupName" value={values.resourceGroupName} error={errors.resourceGroupName} autoComplete="off" onChange={set('resourceGroupName')} />
        </Field>
      </FormSection>
      <Button type="submit" variant="primary" disabled={pending}>
        Register
      </Button>
    </form>
  )
}
