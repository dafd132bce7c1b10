'use client'
// As-you-type checks only the server can answer: is the container name free in the chosen
// resource group, and is the DNS name label free in its reuse scope. Each check is debounced
// and its answer is kept with the exact input it answered, so a stale answer is never shown.
import { useEffect, useRef, useState } from 'react'
import { ZContainerGroupName, ZDnsNameLabel } from '@/server/containergroups/schemas'
import type { TWizardForm } from '@/server/containergroups/wizard-form'
import { checkContainerGroupNameAction, checkDnsNameLabelAction } from '../actions'

const DEBOUNCE_MS = 400

function useDebouncedCheck<T>(key: string | null, check: () => Promise<T | null>): { key: string; result: T | null } | null {
  const [answer, setAnswer] = useState<{ key: string; result: T | null } | null>(null)
  const checkRef = useRef(check)
  useEffect(() => {
    checkRef.current = check
  })
  useEffect(() => {
    if (key === null) return
    let cancelled = false
    const timer = setTimeout(() => {
      checkRef
        .current()
        .catch(() => null)
        .then((result) => {
          if (!cancelled) setAnswer({ key, result })
        })
    }, DEBOUNCE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [key])
  return answer && answer.key === key ? answer : null
}

export type TDnsAvailability = { status: 'idle' | 'checking' | 'available' | 'unavailable'; fqdn?: string; message?: string }

export function useAvailability(form: TWizardForm): { nameError?: string; dns: TDnsAvailability } {
  const { subscriptionId, resourceGroupName, resourceGroupIsNew, name, region, dnsNameLabel, dnsNameLabelScope, networkingType } = form

  // A brand-new resource group holds nothing yet, so only existing ones are asked about.
  const nameKey = !resourceGroupIsNew && resourceGroupName && ZContainerGroupName.safeParse(name).success ? JSON.stringify([subscriptionId, resourceGroupName, name]) : null
  const nameAnswer = useDebouncedCheck(nameKey, async () => {
    const result = await checkContainerGroupNameAction({ subscriptionId, resourceGroupName, name })
    return result.ok ? result.data : null
  })

  const wantsDns = networkingType === 'Public' && ZDnsNameLabel.safeParse(dnsNameLabel).success
  const dnsKey = wantsDns ? JSON.stringify([subscriptionId, resourceGroupName, region, dnsNameLabel, dnsNameLabelScope]) : null
  const dnsAnswer = useDebouncedCheck(dnsKey, async () => {
    const result = await checkDnsNameLabelAction({ subscriptionId, resourceGroupName, location: region, label: dnsNameLabel, scope: dnsNameLabelScope })
    return result.ok ? result.data : null
  })

  const nameError = nameAnswer?.result && !nameAnswer.result.available ? nameAnswer.result.message : undefined
  let dns: TDnsAvailability = { status: 'idle' }
  if (dnsKey && !dnsAnswer) dns = { status: 'checking' }
  else if (dnsAnswer?.result?.available) dns = { status: 'available', fqdn: dnsAnswer.result.fqdn }
  else if (dnsAnswer?.result) dns = { status: 'unavailable', fqdn: dnsAnswer.result.fqdn, message: 'DNS name label not available. Try using a different label.' }
  return { nameError, dns }
}
