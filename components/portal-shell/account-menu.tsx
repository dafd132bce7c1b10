'use client'
// The signed-in account at the right of the top bar: email and directory name; opens a
// card with "Sign out". Sign-out goes through next-auth so the session cookie is cleared.
import { signOut } from 'next-auth/react'
import { useEffect, useRef, useState } from 'react'
import { CommandIcons } from '../icons/command-icons'

export function AccountMenu({ email, displayName, tenantName }: { email: string; displayName: string; tenantName: string }) {
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('keydown', close)
    }
  }, [open])

  const initials = (displayName || email).slice(0, 2).toUpperCase()
  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-label={`Account manager for ${email}`}
        onClick={() => setOpen((value) => !value)}
        className="flex h-10 items-center gap-2 px-2 text-left hover:bg-topbar-hover"
      >
        <span className="hidden flex-col leading-tight sm:flex">
          <span className="text-[13px]">{email}</span>
          <span className="text-[10px] tracking-wide text-white/75 uppercase">{tenantName}</span>
        </span>
        <span aria-hidden="true" className="flex h-7 w-7 items-center justify-center rounded-full bg-primary text-xs font-semibold">
          {initials}
        </span>
      </button>
      {open ? (
        <div className="absolute top-10 right-0 z-50 w-80 border border-line bg-surface text-fg shadow-xl">
          <div className="flex items-center justify-between border-b border-line px-4 py-2 text-[13px]">
            <span className="font-semibold">{tenantName}</span>
            <button
              type="button"
              onClick={() => signOut({ callbackUrl: '/signin' })}
              className="link inline-flex items-center gap-1"
            >
              {CommandIcons.signOut}
              Sign out
            </button>
          </div>
          <div className="flex items-center gap-3 px-4 py-4">
            <span aria-hidden="true" className="flex h-14 w-14 items-center justify-center rounded-full bg-primary text-lg font-semibold text-white">
              {initials}
            </span>
            <div className="min-w-0 text-[13px]">
              <p className="truncate text-base font-semibold">{displayName}</p>
              <p className="truncate">{email}</p>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  )
}
