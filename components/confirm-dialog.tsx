'use client'
// A modal confirmation in the portal's style. Two flavours: a Yes/No question ("Do you want
// to delete the container group 'x'?") and, for destructive deletes of whole groups, one that
// requires typing the resource's name before the confirm button enables.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Button } from './form/button'
import { MessageBar } from './message-bar'

export type ConfirmDialogProps = {
  open: boolean
  title: string
  children?: ReactNode
  confirmLabel?: string
  cancelLabel?: string
  /** When set, the user must type this exact text to enable the confirm button. */
  confirmText?: string
  confirmTextLabel?: string
  pending?: boolean
  error?: string | null
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel = 'Yes', cancelLabel = 'No', confirmText, confirmTextLabel, pending, error, onConfirm, onCancel } = props
  const ref = useRef<HTMLDialogElement>(null)
  const [typed, setTyped] = useState('')
  const titleId = useId()
  const inputId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      setTyped('')
      dialog.showModal()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  const canConfirm = !pending && (confirmText === undefined || typed === confirmText)

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        if (!pending) onCancel()
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex flex-col gap-3 p-6">
        <h2 id={titleId} className="text-xl font-semibold">
          {title}
        </h2>
        {children ? <div className="text-[13px]">{children}</div> : null}
        {confirmText !== undefined ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={inputId} className="text-[13px] font-semibold">
              {confirmTextLabel ?? `Type "${confirmText}" to confirm`}
            </label>
            <input
              id={inputId}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              className="h-8 rounded-sm border border-control px-2 text-[13px] focus:border-primary focus:ring-1 focus:ring-primary focus:outline-none"
            />
          </div>
        ) : null}
        {error ? <MessageBar intent="error">{error}</MessageBar> : null}
      </div>
      <div className="flex justify-end gap-2 border-t border-line px-6 py-3">
        <Button variant={confirmText !== undefined ? 'danger' : 'primary'} disabled={!canConfirm} aria-busy={pending || undefined} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button disabled={pending} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  )
}
