'use client'
// Re-renders the current server page every few seconds while `active`, so a blade follows a
// resource through Pending -> Running (or an operation to its end) without a manual refresh.
// Paused while the tab is hidden; one refresh runs when it becomes visible again.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function AutoRefresh({ active, intervalMs = 2000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter()
  useEffect(() => {
    if (!active) return
    const tick = () => {
      if (document.visibilityState === 'visible') router.refresh()
    }
    const timer = window.setInterval(tick, intervalMs)
    document.addEventListener('visibilitychange', tick)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', tick)
    }
  }, [active, intervalMs, router])
  return null
}
