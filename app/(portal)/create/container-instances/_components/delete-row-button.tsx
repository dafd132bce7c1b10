// The trash-can button at the end of a wizard table row (ports, environment variables, tags).
import { CommandIcons } from '@/components/icons/command-icons'

export function DeleteRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="inline-flex h-8 w-8 items-center justify-center rounded-sm text-primary hover:bg-surface-alt"
      aria-label={label}
      onClick={onClick}
    >
      {CommandIcons.delete}
    </button>
  )
}
