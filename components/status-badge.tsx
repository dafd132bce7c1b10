// A state as the portal shows it: a small icon and the word. Covers container group states
// (Pending, Running, Stopped, Succeeded, Failed), provisioning states (Creating, Repairing,
// Unhealthy, Deleting) and container states (Waiting, Running, Terminated).
import { CommandIcons } from './icons/command-icons'

const SUCCESS = new Set(['running', 'succeeded', 'ready', 'completed', 'ok', 'created'])
const FAILED = new Set(['failed', 'unhealthy', 'error', 'canceled'])
const PENDING = new Set(['pending', 'creating', 'repairing', 'deleting', 'updating', 'accepted', 'waiting', 'inprogress'])

export function statusTone(state: string | null | undefined): 'success' | 'error' | 'pending' | 'neutral' {
  const key = (state ?? '').toLowerCase().replace(/\s+/g, '')
  if (SUCCESS.has(key)) return 'success'
  if (FAILED.has(key)) return 'error'
  if (PENDING.has(key)) return 'pending'
  return 'neutral'
}

/** States the portal keeps polling through; anything else is settled. */
export function isTransitionalState(state: string | null | undefined): boolean {
  return statusTone(state) === 'pending'
}

export function StatusBadge({ state }: { state: string | null | undefined }) {
  const tone = statusTone(state)
  const icon =
    tone === 'success' ? CommandIcons.success : tone === 'error' ? CommandIcons.error : tone === 'pending' ? CommandIcons.pending : <StoppedGlyph />
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      {icon}
      <span>{state || '-'}</span>
    </span>
  )
}

function StoppedGlyph() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 shrink-0">
      <circle cx="8" cy="8" r="7" fill="#8a8886" />
      <rect x="5.5" y="5.5" width="5" height="5" fill="#fff" />
    </svg>
  )
}
