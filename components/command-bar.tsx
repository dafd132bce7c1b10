'use client'
// The strip of commands under a blade title (+ Create, Start, Stop, Delete, Refresh ...).
// Buttons are flat until hovered, as in the portal; a command can be a link or a button.
import Link from 'next/link'
import type { ComponentProps, ReactNode } from 'react'

export function CommandBar({ children, label = 'Commands' }: { children: ReactNode; label?: string }) {
  return (
    <div role="toolbar" aria-label={label} className="flex min-h-10 flex-wrap items-center gap-0.5 border-b border-line py-1">
      {children}
    </div>
  )
}

const commandClass =
  'inline-flex h-8 items-center gap-1.5 rounded-sm px-2 text-[13px] text-fg hover:bg-surface-alt active:bg-line ' +
  'focus-visible:outline-2 focus-visible:outline-primary disabled:cursor-not-allowed disabled:text-fg-subtle disabled:hover:bg-transparent ' +
  'disabled:[&_svg]:text-fg-subtle'

export type CommandButtonProps = Omit<ComponentProps<'button'>, 'children'> & { icon?: ReactNode; children: ReactNode }

export function CommandButton({ icon, children, type = 'button', className, ...props }: CommandButtonProps) {
  return (
    <button type={type} {...props} className={`${commandClass} ${className ?? ''}`}>
      {icon}
      <span>{children}</span>
    </button>
  )
}

export type CommandLinkProps = Omit<ComponentProps<typeof Link>, 'children'> & { icon?: ReactNode; children: ReactNode }

export function CommandLink({ icon, children, className, ...props }: CommandLinkProps) {
  return (
    <Link {...props} className={`${commandClass} ${className ?? ''}`}>
      {icon}
      <span>{children}</span>
    </Link>
  )
}

export function CommandSeparator() {
  return <span aria-hidden="true" className="mx-1 h-5 w-px bg-line-strong" />
}
