'use client'
import { signIn } from 'next-auth/react'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Button } from '@/components/form/button'
import { Field } from '@/components/form/field'
import { TextInput } from '@/components/form/text-input'
import { MessageBar } from '@/components/message-bar'
import { safeCallbackPath } from '@/server/auth/safe-callback-path'

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const result = await signIn('credentials', { email, password, redirect: false }).catch(() => null)
    setPending(false)
    if (!result?.ok || result.error) {
      // Never say which part was wrong; keep the email so only the password is retyped.
      setError(result ? 'Incorrect email or password.' : 'Cerulean could not be reached. Try again.')
      setPassword('')
      return
    }
    // The page already checked the prop; checking here too keeps the redirect safe wherever the form is used.
    router.replace(safeCallbackPath(callbackUrl))
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col">
      {error ? <MessageBar intent="error" className="mb-2">{error}</MessageBar> : null}
      <Field label="Email" htmlFor="email" required layout="stacked">
        <TextInput id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label="Password" htmlFor="password" required layout="stacked">
        <TextInput
          id="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <div className="mt-4 flex justify-end">
        <Button type="submit" variant="primary" disabled={pending} className="min-w-28">
          Sign in
        </Button>
      </div>
    </form>
  )
}
