// Command-bar glyphs in the Fluent style: 16px, single colour (currentColor).
import type { ReactNode } from 'react'

function Glyph({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`h-4 w-4 shrink-0 fill-current ${className ?? ''}`}>
      {children}
    </svg>
  )
}

export const CommandIcons = {
  create: (
    <Glyph className="text-primary">
      <path d="M7.5 2h1v5.5H14v1H8.5V14h-1V8.5H2v-1h5.5z" />
    </Glyph>
  ),
  start: (
    <Glyph className="text-primary">
      <path d="M4 2.3v11.4L13.2 8 4 2.3Zm1 1.8L11.3 8 5 11.9V4.1Z" />
    </Glyph>
  ),
  stop: (
    <Glyph className="text-primary">
      <path d="M3 3h10v10H3V3Zm1 1v8h8V4H4Z" />
    </Glyph>
  ),
  restart: (
    <Glyph className="text-primary">
      <path d="M8 2a6 6 0 0 1 5.2 3H11v1h4V2h-1v2.1A7 7 0 1 0 15 8h-1A6 6 0 1 1 8 2Z" />
    </Glyph>
  ),
  refresh: (
    <Glyph className="text-primary">
      <path d="M13 2v2.6A6.5 6.5 0 1 0 14.5 8h-1A5.5 5.5 0 1 1 12.3 4.6H10v1h4V2h-1Z" />
    </Glyph>
  ),
  delete: (
    <Glyph className="text-primary">
      <path d="M6 1h4v1h4v1h-1v11H3V3H2V2h4V1ZM4 3v10h8V3H4Zm2 2h1v6H6V5Zm3 0h1v6H9V5Z" />
    </Glyph>
  ),
  search: (
    <Glyph>
      <path d="M6.5 1a5.5 5.5 0 0 1 4.3 8.9l4 4-.7.7-4-4A5.5 5.5 0 1 1 6.5 1Zm0 1a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
    </Glyph>
  ),
  chevronDown: (
    <Glyph>
      <path d="M3.2 5.7 8 10.5l4.8-4.8.7.7L8 11.9 2.5 6.4z" />
    </Glyph>
  ),
  chevronRight: (
    <Glyph>
      <path d="m5.7 2.5 5.5 5.5-5.5 5.5-.7-.7L9.8 8 5 3.2z" />
    </Glyph>
  ),
  menu: (
    <Glyph>
      <path d="M1 3h14v1H1V3Zm0 4.5h14v1H1v-1ZM1 12h14v1H1v-1Z" />
    </Glyph>
  ),
  signOut: (
    <Glyph>
      <path d="M2 2h7v1H3v10h6v1H2V2Zm9.1 2.6L14.5 8l-3.4 3.4-.7-.7 2.2-2.2H6v-1h6.6l-2.2-2.2.7-.7Z" />
    </Glyph>
  ),
  success: (
    <Glyph className="text-success">
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm3.1 4.3L7 9.4 4.9 7.3l-.7.7L7 10.8l4.8-4.8-.7-.7Z" />
    </Glyph>
  ),
  error: (
    <Glyph className="text-danger">
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm2.5 3.8L8 7.3 5.5 4.8l-.7.7L7.3 8l-2.5 2.5.7.7L8 8.7l2.5 2.5.7-.7L8.7 8l2.5-2.5-.7-.7Z" />
    </Glyph>
  ),
  info: (
    <Glyph className="text-fg-muted">
      <path d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.5 6v5h1V7h-1Zm.5-3a.75.75 0 1 0 0 1.5A.75.75 0 0 0 8 4Z" />
    </Glyph>
  ),
  warning: (
    <Glyph className="text-warning">
      <path d="M8 1.5 15 14H1L8 1.5Zm-.5 4v4.5h1V5.5h-1Zm.5 5.8a.7.7 0 1 0 0 1.4.7.7 0 0 0 0-1.4Z" />
    </Glyph>
  ),
  pending: (
    <Glyph className="animate-spin text-primary">
      <path d="M8 1a7 7 0 0 1 7 7h-1.5A5.5 5.5 0 0 0 8 2.5V1Z" />
    </Glyph>
  ),
} as const
