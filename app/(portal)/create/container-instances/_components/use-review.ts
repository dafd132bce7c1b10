'use client'
// Review + create: the same schema the domain layer uses runs here, then the server answers
// what only it knows. Create submits; a refusal is spread back over the fields it concerns,
// and the form is never reset, so nothing the person typed is lost.
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'
import type { TWizardForm } from '@/server/containergroups/wizard-form'
import { fieldForTarget, fieldOrder, firstProblemPerField, problemsFromRejection, validateWizardForm } from '@/server/containergroups/wizard-problems'
import type { TWizardProblem } from '@/server/containergroups/wizard-to-create-input'
import { createContainerInstanceAction, validateContainerGroupAction } from '../actions'
import type { TWizardDispatch } from './wizard-state'

export type TReview =
  | { status: 'idle' | 'validating' | 'passed' | 'creating' }
  | { status: 'failed'; problems: TWizardProblem[]; heading: string }

// The banner lists problems in the order the fields appear in the wizard.
function inTabOrder(problems: TWizardProblem[]): TWizardProblem[] {
  return [...problems].sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field))
}

function byField(problems: TWizardProblem[]): Record<string, string> {
  return Object.fromEntries(problems.filter((p) => p.field).map((p) => [p.field, p.message]))
}

export function useReview({ form, dispatch, goToField }: { form: TWizardForm; dispatch: TWizardDispatch; goToField: (field: string) => void }) {
  const router = useRouter()
  const [review, setReview] = useState<TReview>({ status: 'idle' })
  const run = useRef(0)

  async function validate() {
    const current = ++run.current
    setReview({ status: 'validating' })
    dispatch({ type: 'showAllErrors' })
    const local = validateWizardForm(form)
    const server = await validateContainerGroupAction({
      subscriptionId: form.subscriptionId,
      resourceGroupName: form.resourceGroupName,
      newResourceGroup: form.resourceGroupIsNew,
      name: form.name,
      location: form.region,
      dnsNameLabel: form.networkingType === 'Public' && form.dnsNameLabel ? form.dnsNameLabel : undefined,
      dnsNameLabelScope: form.dnsNameLabelScope,
    }).catch(() => ({ ok: false as const, error: { code: 'NetworkError', message: 'The portal could not reach the server. Check your connection and try again.', target: undefined } }))
    if (current !== run.current) return
    const remote: TWizardProblem[] = server.ok
      ? server.data.map((p) => ({ field: fieldForTarget(p.target, local.rows, form), message: p.message }))
      : [{ field: fieldForTarget(server.error.target, local.rows, form), message: server.error.message }]
    const problems = inTabOrder(firstProblemPerField([...local.problems, ...remote]))
    if (remote.length) dispatch({ type: 'rejected', errors: byField(remote) })
    setReview(problems.length ? { status: 'failed', problems, heading: 'Validation failed. Required information is missing or not valid.' } : { status: 'passed' })
  }

  async function create() {
    if (review.status !== 'passed') return
    const current = ++run.current
    setReview({ status: 'creating' })
    const { input, rows } = validateWizardForm(form)
    const result = await createContainerInstanceAction({ subscriptionId: form.subscriptionId, newResourceGroup: form.resourceGroupIsNew, group: input }).catch(() => ({
      ok: false as const,
      error: { code: 'NetworkError', message: 'The portal could not reach the server. Your input is kept; try again.' },
    }))
    if (current !== run.current) return
    if (result.ok) {
      router.push(`/deployments/${result.data.operationId}`)
      return
    }
    const problems = inTabOrder(problemsFromRejection(result.error, rows, form))
    dispatch({ type: 'rejected', errors: byField(problems) })
    setReview({ status: 'failed', problems, heading: 'The deployment was not started.' })
    const first = problems.find((p) => p.field)
    if (first?.field) goToField(first.field)
  }

  function reset() {
    run.current++
    setReview({ status: 'idle' })
  }

  return { review, validate, create, reset }
}
