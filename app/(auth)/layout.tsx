import type { ReactNode } from 'react'

// The sign-in and sign-up card, in the style of the Microsoft account pages.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen items-center justify-center bg-[linear-gradient(135deg,#e8f1fa_0%,#f3f2f1_55%,#dbe9f6_100%)] px-4">
      <main className="w-full max-w-[440px] bg-surface p-11 shadow-[0_2px_6px_rgba(0,0,0,0.2)]">
        <p className="mb-4 flex items-center gap-2 text-[15px] font-semibold text-fg-muted">
          <svg aria-hidden="true" viewBox="0 0 18 18" className="h-5 w-5">
            <path fill="#0078d4" d="M9 1 2 4.5v9L9 17l7-3.5v-9L9 1Z" />
            <path fill="#50e6ff" d="M9 1 2 4.5 9 8l7-3.5L9 1Z" />
          </svg>
          Cerulean
        </p>
        {children}
      </main>
    </div>
  )
}
