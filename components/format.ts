// Dates as the portal prints them: local date and time, seconds included.
import { regionDisplayName } from '@/server/arm/regions'

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return '-'
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return '-'
  return date.toLocaleString('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  })
}

export function formatLocation(location: string): string {
  return regionDisplayName(location)
}
