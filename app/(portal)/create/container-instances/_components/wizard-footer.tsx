'use client'
// The wizard's bottom bar, as in the portal: "Review + create" (or "Create" on the last tab),
// "< Previous" and "Next : <tab> >".
import { Button } from '@/components/form/button'
import { WIZARD_TABS, type TWizardTab } from '@/server/containergroups/wizard-form'
import type { TReview } from './use-review'

export function WizardFooter({
  tab,
  review,
  onSelectTab,
  onCreate,
}: {
  tab: TWizardTab
  review: TReview
  onSelectTab: (tab: TWizardTab) => void
  onCreate: () => void
}) {
  const index = WIZARD_TABS.findIndex(([id]) => id === tab)
  const previous = WIZARD_TABS[index - 1]
  const next = WIZARD_TABS[index + 1]
  const onReview = tab === 'review'
  return (
    <footer className="sticky bottom-0 z-10 -mx-6 -mb-8 mt-auto flex flex-wrap items-center gap-2 border-t border-line bg-white px-6 py-3">
      {onReview ? (
        <Button variant="primary" onClick={onCreate} disabled={review.status !== 'passed'} aria-busy={review.status === 'creating'}>
          Create
        </Button>
      ) : (
        <Button variant="primary" onClick={() => onSelectTab('review')}>
          Review + create
        </Button>
      )}
      <Button onClick={() => previous && onSelectTab(previous[0])} disabled={!previous || review.status === 'creating'}>
        &lt; Previous
      </Button>
      <Button onClick={() => next && onSelectTab(next[0])} disabled={!next}>
        {next ? `Next : ${next[1]} >` : 'Next >'}
      </Button>
      {review.status === 'creating' ? <span className="text-[13px] text-fg-muted">Submitting the deployment…</span> : null}
    </footer>
  )
}
