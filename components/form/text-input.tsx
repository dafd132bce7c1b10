// Text box with the portal's look: thin grey border, blue focus line, red border when invalid.
import type { ComponentProps } from 'react'
import { describedBy } from './field'

export const controlClass =
  'h-8 w-full rounded-sm border border-control bg-white px-2 text-[13px] text-fg placeholder:text-fg-subtle ' +
  'hover:border-fg focus:border-primary focus:outline-none focus:ring-1 focus:ring-primary ' +
  'disabled:cursor-not-allowed disabled:border-line disabled:bg-surface-alt disabled:text-fg-subtle ' +
  'aria-[invalid=true]:border-danger'

export type TextInputProps = Omit<ComponentProps<'input'>, 'id'> & {
  id: string
  error?: string | null
  info?: React.ReactNode
}

/** Pass the same `id` as the Field's htmlFor; `error`/`info` wire up aria-describedby. */
export function TextInput({ id, error, info, className, ...props }: TextInputProps) {
  return <input id={id} type="text" {...describedBy(id, { error, info })} {...props} className={`${controlClass} ${className ?? ''}`} />
}

export type TextAreaProps = Omit<ComponentProps<'textarea'>, 'id'> & { id: string; error?: string | null; info?: React.ReactNode }

export function TextArea({ id, error, info, className, ...props }: TextAreaProps) {
  return (
    <textarea
      id={id}
      {...describedBy(id, { error, info })}
      {...props}
      className={`${controlClass} h-auto min-h-16 py-1.5 ${className ?? ''}`}
    />
  )
}

export function Checkbox({ id, label, className, ...props }: Omit<ComponentProps<'input'>, 'type' | 'id'> & { id: string; label: string }) {
  return (
    <label htmlFor={id} className={`inline-flex items-center gap-2 text-[13px] text-fg ${className ?? ''}`}>
      <input id={id} type="checkbox" {...props} className="h-4 w-4 rounded-sm border-control accent-primary" />
      {label}
    </label>
  )
}
