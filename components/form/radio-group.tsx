'use client'
// A set of radio buttons as one fieldset: the legend is the visible label, so the group is
// found by its name ("Image source", "OS type") and each option by its own label.
import type { ReactNode } from 'react'
import { fieldErrorId, FieldError } from './field'

export type RadioOption = { value: string; label: string; disabled?: boolean; description?: ReactNode }

export type RadioGroupProps = {
  name: string
  legend: string
  options: readonly RadioOption[]
  value?: string
  defaultValue?: string
  onChange?: (value: string) => void
  required?: boolean
  info?: ReactNode
  error?: string | null
  /** Options side by side (Azure does this for short lists like Linux / Windows). */
  inline?: boolean
  layout?: 'row' | 'stacked'
}

export function RadioGroup({ name, legend, options, value, defaultValue, onChange, required, info, error, inline, layout = 'row' }: RadioGroupProps) {
  const row = layout === 'row'
  const errorId = fieldErrorId(name)
  return (
    <fieldset
      aria-describedby={error ? errorId : undefined}
      className={row ? 'grid grid-cols-1 gap-x-6 gap-y-1 py-2 sm:grid-cols-[minmax(10rem,18rem)_minmax(0,34rem)]' : 'flex flex-col gap-1 py-2'}
    >
      {/* A floated legend is laid out like any grid cell while still naming the fieldset. */}
      <legend className="float-left">
        <span className={`text-[13px] text-fg ${row ? 'pt-0.5' : 'font-semibold'}`}>
          {legend}
          {required ? (
            <span className="ml-0.5 text-danger" aria-hidden="true">
              *
            </span>
          ) : null}
        </span>
      </legend>
      <div className="flex flex-col gap-1">
        <div className={inline ? 'flex flex-wrap gap-x-6 gap-y-1' : 'flex flex-col gap-1.5'}>
          {options.map((option) => {
            const id = `${name}-${option.value}`
            const controlled = value !== undefined
            return (
              <div key={option.value} className="flex flex-col">
                <label htmlFor={id} className={`inline-flex items-center gap-2 text-[13px] ${option.disabled ? 'text-fg-subtle' : 'text-fg'}`}>
                  <input
                    id={id}
                    type="radio"
                    name={name}
                    value={option.value}
                    disabled={option.disabled}
                    {...(controlled ? { checked: value === option.value } : { defaultChecked: defaultValue === option.value })}
                    onChange={(event) => onChange?.(event.target.value)}
                    className="h-4 w-4 accent-primary"
                  />
                  {option.label}
                </label>
                {option.description ? <span className="ml-6 text-xs text-fg-muted">{option.description}</span> : null}
              </div>
            )
          })}
        </div>
        {error ? <FieldError id={errorId}>{error}</FieldError> : null}
        {info ? <p className="text-xs text-fg-muted">{info}</p> : null}
      </div>
    </fieldset>
  )
}
