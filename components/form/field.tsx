// One labelled form row as the Azure portal lays it out: the label (with its required
// marker and info text) on the left, the control and its error line on the right.
// The error line carries a stable id so controls can point at it with aria-describedby.
import type { ReactNode } from 'react'

export function fieldErrorId(htmlFor: string): string {
  return `${htmlFor}-error`
}

export function fieldInfoId(htmlFor: string): string {
  return `${htmlFor}-info`
}

/** The aria attributes a control inside a Field needs, so screen readers read its error. */
export function describedBy(htmlFor: string, { error, info }: { error?: string | null; info?: ReactNode }) {
  const ids = [error ? fieldErrorId(htmlFor) : null, info ? fieldInfoId(htmlFor) : null].filter(Boolean)
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
  } as const
}

export type FieldProps = {
  label: string
  htmlFor: string
  required?: boolean
  /** Help text under the control, like the portal's (i) tooltip content. */
  info?: ReactNode
  error?: string | null
  /** "stacked" puts the label above the control (dialogs, narrow forms). */
  layout?: 'row' | 'stacked'
  children: ReactNode
}

export function Field({ label, htmlFor, required, info, error, layout = 'row', children }: FieldProps) {
  const row = layout === 'row'
  return (
    <div className={row ? 'grid grid-cols-1 gap-x-6 gap-y-1 py-2 sm:grid-cols-[minmax(10rem,18rem)_minmax(0,34rem)]' : 'flex flex-col gap-1 py-2'}>
      {/* The marker stays outside <label> so the field's name is exactly its label text. */}
      <div className={`text-[13px] text-fg ${row ? 'pt-1.5' : 'font-semibold'}`}>
        <label htmlFor={htmlFor}>{label}</label>
        {required ? (
          <span className="ml-0.5 text-danger" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        {children}
        {error ? <FieldError id={fieldErrorId(htmlFor)}>{error}</FieldError> : null}
        {info ? (
          <p id={fieldInfoId(htmlFor)} className="text-xs text-fg-muted">
            {info}
          </p>
        ) : null}
      </div>
    </div>
  )
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="flex items-start gap-1 text-xs text-danger">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-px h-3.5 w-3.5 shrink-0 fill-current">
        <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v5h-1.5v-5Zm0 6h1.5V12h-1.5v-1.5Z" />
      </svg>
      <span>{children}</span>
    </p>
  )
}

/** A titled group of fields, like "Project details" / "Instance details" in the wizard. */
export function FormSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="mb-6">
      <h2 className="mb-1 text-[15px] font-semibold text-fg">{title}</h2>
      {description ? <p className="mb-2 max-w-3xl text-[13px] text-fg-muted">{description}</p> : null}
      {children}
    </section>
  )
}
