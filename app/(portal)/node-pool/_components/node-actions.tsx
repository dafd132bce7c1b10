'use client'
// The commands of one node: cordon or uncordon, drain, and fail or recover on purpose.
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { Button } from '@/components/form/button'
import type { TActionResult } from '@/server/auth/portal-action'
import { cordonNodeAction, drainNodeAction, failNodeAction, recoverNodeAction, uncordonNodeAction } from '../actions'

type TNodeCommand = (input: { nodeName: string }) => Promise<TActionResult<unknown>>

export function NodeActions({ nodeName, cordoned, heartbeatPaused }: { nodeName: string; cordoned: boolean; heartbeatPaused: boolean }) {
  const router = useRouter()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function run(command: TNodeCommand) {
    setPending(true)
    setError(null)
    const result = await command({ nodeName }).catch(() => null)
    setPending(false)
    if (!result) return setError('Cerulean could not be reached; try again.')
    if (!result.ok) return setError(result.error.message)
    router.refresh()
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      <Button disabled={pending} onClick={() => run(cordoned ? uncordonNodeAction : cordonNodeAction)} aria-label={`${cordoned ? 'Uncordon' : 'Cordon'} ${nodeName}`}>
        {cordoned ? 'Uncordon' : 'Cordon'}
      </Button>
      <Button disabled={pending} onClick={() => run(drainNodeAction)} aria-label={`Drain ${nodeName}`}>
        Drain
      </Button>
      <Button disabled={pending} onClick={() => run(heartbeatPaused ? recoverNodeAction : failNodeAction)} aria-label={`${heartbeatPaused ? 'Recover' : 'Fail'} ${nodeName}`}>
        {heartbeatPaused ? 'Recover' : 'Fail node'}
      </Button>
      {error ? (
        <span role="alert" className="text-[12px] text-danger">
          {error}
        </span>
      ) : null}
    </div>
  )
}
