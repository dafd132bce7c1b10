import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getPrincipal } from '@/server/auth/session'
import { SignInForm } from './_components/sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

/** Only same-site paths, so a crafted link cannot send someone elsewhere after sign-in. */
function safeCallback(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw) return '/'
  try {
    const url = new URL(raw, 'http://cerulean.local')
    if (url.origin !== 'http://cerulean.local' || url.pathname.startsWith('/signin')) return '/'
    return `${url.pathname}${url.search}`
  } catch {
    return '/'
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const callbackUrl = safeCallback(params.callbackUrl)
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
