// Drop-down with the portal's look. Options are data so callers stay declarative.
import type { ComponentProps } from 'react'
import { describedBy } from './field'
import { controlClass } from './text-input'

export type SelectOption = { value: string; label: string; disabled?: boolean }

export type SelectProps = Omit<ComponentProps<'select'>, 'id' | 'children'> & {
  id: string
  options: readonly SelectOption[]
  /** Shown first with an empty value, e.g. "Select a resource group". */
  placeholder?: string
  error?: string | null
  info?: React.ReactNode
}

export function Select({ id, options, placeholder, error, info, className, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select
        id={id}
        {...describedBy(id, { error, info })}
        {...props}
        className={`${controlClass} appearance-none pr-8 ${className ?? ''}`}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="pointer-events-none absolute top-2 right-2.5 h-4 w-4 fill-fg-muted">
        <path d="M3.2 5.7 8 10.5l4.8-4.8.7.7L8 11.9 2.5 6.4z" />
      </svg>
    </div>
  )
}
