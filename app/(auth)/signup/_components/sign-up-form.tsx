'use client'
import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Button } from '@/components/form/button'
import { Field } from '@/components/form/field'
import { TextInput } from '@/components/form/text-input'
import { MessageBar } from '@/components/message-bar'
import { signUpAction } from '../actions'

type Errors = Partial<Record<'email' | 'password' | 'confirmPassword' | 'form', string>>

export function SignUpForm() {
  const router = useRouter()
  const [values, setValues] = useState({ email: '', password: '', confirmPassword: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [pending, setPending] = useState(false)
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: event.target.value }))

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (values.password !== values.confirmPassword) {
      setErrors({ confirmPassword: 'The passwords do not match.' })
      return
    }
    setPending(true)
    setErrors({})
    const result = await signUpAction(values).catch(() => null)
    if (!result || !result.ok) {
      setPending(false)
      const fieldErrors = result?.error.fieldErrors ?? {}
      const hasFieldError = Object.keys(fieldErrors).length > 0
      setErrors({ ...fieldErrors, form: hasFieldError ? undefined : (result?.error.message ?? 'Cerulean could not be reached. Try again.') })
      return
    }
    const signedIn = await signIn('credentials', { email: values.email, password: values.password, redirect: false }).catch(() => null)
    if (!signedIn?.ok || signedIn.error) {
      router.replace('/signin')
      return
    }
    router.replace('/')
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col">
      {errors.form ? <MessageBar intent="error" className="mb-2">{errors.form}</MessageBar> : null}
      <Field label="Email" htmlFor="email" required error={errors.email} layout="stacked">
        <TextInput id="email" type="email" autoComplete="email" required value={values.email} onChange={set('email')} error={errors.email} />
      </Field>
      <Field label="Password" htmlFor="password" required error={errors.password} info="At least 8 characters." layout="stacked">
        <TextInput
          id="password"
          type="password"
          autoComplete="new-password"
          required
          value={values.password}
          onChange={set('password')}
          error={errors.password}
          info="At least 8 characters."
        />
      </Field>
      <Field label="Confirm password" htmlFor="confirmPassword" required error={errors.confirmPassword} layout="stacked">
        <TextInput
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          error={errors.confirmPassword}
        />
      </Field>
      <div className="mt-4 flex justify-end">
        <Button type="submit" variant="primary" disabled={pending} className="min-w-28">
          Create account
        </Button>
      </div>
    </form>
  )
}
