'use client'
// Review + create: the validation banner (each problem links to its field) and the summary.
import { MessageBar } from '@/components/message-bar'
import { CommandIcons } from '@/components/icons/command-icons'
import type { TWizardForm } from '@/server/containergroups/wizard-form'
import { fieldLabel } from '@/server/containergroups/wizard-problems'
import type { TSubscriptionOption } from './basics-tab'
import { ReviewSummary } from './review-summary'
import type { TReview } from './use-review'

function ValidationBanner({ review, goToField }: { review: TReview; goToField: (field: string) => void }) {
  if (review.status === 'idle' || review.status === 'validating') {
    return (
      <div role="status" className="flex items-center gap-2 bg-info-soft px-3 py-2 text-[13px]">
        {CommandIcons.pending}
        Running final validation...
      </div>
    )
  }
  if (review.status === 'failed') {
    return (
      <MessageBar intent="error" title={review.heading}>
        <p className="mb-1">Fix the following and try again:</p>
        <ul className="list-disc pl-5">
          {review.problems.map((problem, index) => (
            <li key={`${problem.field ?? 'general'}-${index}`}>
              {problem.field ? (
                <button type="button" className="link text-left" onClick={() => goToField(problem.field!)}>
                  {fieldLabel(problem.field)}: {problem.message}
                </button>
              ) : (
                problem.message
              )}
            </li>
          ))}
        </ul>
      </MessageBar>
    )
  }
  return <MessageBar intent="success" title="Validation passed" />
}

export function ReviewTab({
  form,
  review,
  goToField,
  subscriptions,
  dnsFqdn,
}: {
  form: TWizardForm
  review: TReview
  goToField: (field: string) => void
  subscriptions: TSubscriptionOption[]
  dnsFqdn?: string
}) {
  return (
    <div className="max-w-4xl">
      <ValidationBanner review={review} goToField={goToField} />
      <ReviewSummary form={form} subscriptions={subscriptions} dnsFqdn={dnsFqdn} />
    </div>
  )
}
