'use client'
// The Logs pane: follows the container's log over Server-Sent Events, so a request to the
// container's FQDN shows up here within a second, without a reload. The browser's
// EventSource reconnects on its own and resumes after the last id it saw. "Previous instance"
// shows the run before the last restart (a crash loop's last words).
import { useEffect, useRef, useState } from 'react'
import { Checkbox } from '@/components/form/text-input'

type LogLine = { id: string; line: string; timestamp: string }

const MAX_LINES = 2000

export function LogsViewer({ containerGroupId, containerName }: { containerGroupId: string; containerName: string }) {
  const [lines, setLines] = useState<LogLine[]>([])
  const [connected, setConnected] = useState(false)
  const [timestamps, setTimestamps] = useState(false)
  const [instance, setInstance] = useState<'current' | 'previous'>('current')
  const bottomRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const url = `/api/containergroups/${encodeURIComponent(containerGroupId)}/containers/${encodeURIComponent(containerName)}/logs/stream${instance === 'previous' ? '?instance=previous' : ''}`
    const source = new EventSource(url)
    source.onopen = () => setConnected(true)
    source.onerror = () => setConnected(false)
    source.onmessage = (event) => {
      try {
        const line = JSON.parse(event.data) as LogLine
        setLines((current) => (current.some((l) => l.id === line.id) ? current : [...current, line].slice(-MAX_LINES)))
      } catch {
        // A keep-alive or a malformed frame: nothing to show.
      }
    }
    return () => source.close()
  }, [containerGroupId, containerName, instance])

  useEffect(() => {
    bottomRef.current?.scrollIntoView({ block: 'nearest' })
  }, [lines.length])

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-4 text-[13px]">
        <Checkbox id="log-timestamps" label="Timestamps" checked={timestamps} onChange={(e) => setTimestamps(e.target.checked)} />
        <label className="inline-flex items-center gap-2">
          Instance
          <select aria-label="Log instance" className="border border-control px-1 py-0.5" value={instance} onChange={(e) => {
              setLines([])
              setInstance(e.target.value === 'previous' ? 'previous' : 'current')
            }}>
            <option value="current">Current instance</option>
            <option value="previous">Previous instance</option>
          </select>
        </label>
        <span className="text-fg-muted" role="status">
          {connected ? 'Streaming logs' : 'Connecting…'}
        </span>
      </div>
      <div
        role="log"
        aria-label={`Logs of ${containerName}`}
        aria-live="polite"
        className="h-80 overflow-auto border border-line bg-[#1e1e1e] p-3 font-mono text-xs leading-5 text-[#d4d4d4]"
      >
        {lines.length === 0 ? <p className="text-[#9d9d9d]">No logs available yet.</p> : null}
        {lines.map((l) => (
          <div key={l.id} className="whitespace-pre-wrap break-all">
            {timestamps ? <span className="mr-2 text-[#9cdcfe]">{l.timestamp}</span> : null}
            {l.line}
          </div>
        ))}
        <div ref={bottomRef} />
      </div>
    </div>
  )
}
