import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Cerulean', template: '%s - Cerulean' },
  description: 'A self-hosted Azure Container Instances cloud.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-full bg-surface font-sans text-fg antialiased">{children}</body>
    </html>
  )
}
