// Azure's message bar: a coloured strip above content for errors, warnings and successes.
// Errors use role="alert" so they are announced the moment an action fails.
import type { ReactNode } from 'react'
import { CommandIcons } from './icons/command-icons'

export type MessageBarIntent = 'error' | 'warning' | 'success' | 'info'

const styles: Record<MessageBarIntent, string> = {
  error: 'bg-danger-soft',
  warning: 'bg-warning-soft',
  success: 'bg-success-soft',
  info: 'bg-info-soft',
}

export function MessageBar({ intent = 'info', title, children, className }: { intent?: MessageBarIntent; title?: string; children?: ReactNode; className?: string }) {
  return (
    <div
      role={intent === 'error' ? 'alert' : 'status'}
      className={`flex items-start gap-2 px-3 py-2 text-[13px] text-fg ${styles[intent]} ${className ?? ''}`}
    >
      <span className="mt-0.5">{CommandIcons[intent]}</span>
      <div className="min-w-0">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="break-words">{children}</div> : null}
      </div>
    </div>
  )
}
