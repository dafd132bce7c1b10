// Portal buttons: primary is Azure blue, secondary is white with a grey border.
// ButtonLink renders the same look on an anchor for navigation ("Go to resource").
import Link from 'next/link'
import type { ComponentProps } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'danger'

const base =
  'inline-flex h-8 items-center justify-center gap-1.5 rounded-sm border px-4 text-[13px] font-semibold whitespace-nowrap ' +
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary disabled:cursor-not-allowed'

const variants: Record<ButtonVariant, string> = {
  primary: 'border-primary bg-primary text-white hover:border-primary-hover hover:bg-primary-hover active:bg-primary-pressed disabled:border-line disabled:bg-surface-alt disabled:text-fg-subtle',
  secondary: 'border-control bg-white text-fg hover:bg-surface-alt active:bg-line disabled:border-line disabled:text-fg-subtle',
  danger: 'border-danger bg-danger text-white hover:bg-danger-hover disabled:border-line disabled:bg-surface-alt disabled:text-fg-subtle',
}

export function buttonClass(variant: ButtonVariant = 'secondary', className?: string): string {
  return `${base} ${variants[variant]} ${className ?? ''}`
}

export type ButtonProps = ComponentProps<'button'> & { variant?: ButtonVariant }

export function Button({ variant = 'secondary', type = 'button', className, ...props }: ButtonProps) {
  return <button type={type} {...props} className={buttonClass(variant, className)} />
}

export type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant }

export function ButtonLink({ variant = 'secondary', className, ...props }: ButtonLinkProps) {
  return <Link {...props} className={buttonClass(variant, className)} />
}
