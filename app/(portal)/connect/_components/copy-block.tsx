'use client'
// A block of commands with a Copy button, as the portal shows connection strings.
import { useState } from 'react'
import { Button } from '@/components/form/button'

export function CopyBlock({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState(false)

  async function copy() {
    // The clipboard API needs a secure context; over plain http the user selects the text instead.
    await navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false))
    setTimeout(() => setCopied(false), 2000)
  }

  return (
    <div className="mb-4">
      <div className="mb-1 flex items-center justify-between">
        <h3 className="text-[13px] font-semibold">{label}</h3>
        <Button onClick={copy} aria-label={`Copy ${label}`}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <pre className="overflow-x-auto border border-line bg-surface-alt p-3 font-mono text-xs whitespace-pre">{text}</pre>
    </div>
  )
}
