// Allocated against capacity as a thin bar with the figures beside it.
export function UsageBar({ label, used, capacity, unit }: { label: string; used: number; capacity: number; unit: string }) {
  const percent = capacity > 0 ? Math.min(100, Math.round((used / capacity) * 100)) : 0
  const colour = percent >= 90 ? 'bg-danger' : percent >= 70 ? 'bg-warning' : 'bg-primary'
  return (
    <div className="flex min-w-40 items-center gap-2" title={`${label}: ${used} of ${capacity} ${unit} allocated`}>
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={capacity} aria-valuenow={used} className="h-2 w-24 overflow-hidden rounded-sm bg-line">
        <div className={`h-full ${colour}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="text-[12px] whitespace-nowrap text-fg-muted">
        {used} / {capacity} {unit}
      </span>
    </div>
  )
}
