import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getPrincipal } from '@/server/auth/session'
import { SignUpForm } from './_components/sign-up-form'

export const metadata: Metadata = { title: 'Create account' }

export default async function SignUpPage() {
  if (await getPrincipal()) redirect('/')
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Create account</h1>
      <p className="mb-3 text-[13px] text-fg-muted">You get your own directory and a subscription named “Azure subscription 1”.</p>
      <SignUpForm />
      <p className="mt-6 text-[13px]">
        Already have an account?{' '}
        <Link href="/signin" className="link">
          Sign in
        </Link>
      </p>
    </>
  )
}
