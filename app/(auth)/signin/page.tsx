import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { safeCallbackPath } from '@/server/auth/safe-callback-path'
import { getPrincipal } from '@/server/auth/session'
import { SignInForm } from './_components/sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(params.callbackUrl)
  if (await getPrincipal()) redirect(callbackUrl)
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-[13px]">
        No account?{' '}
        <Link href="/signup" className="link">
          Create one!
        </Link>
      </p>
    </>
  )
}
