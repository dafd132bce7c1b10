'use client'
// The "Create container instance" wizard. All input lives in one reducer here; the tabs only
// render it, so moving between tabs, or a refused Create, never loses anything.
import { useEffect, useMemo, useReducer, useState } from 'react'
import { TabPanel, Tabs } from '@/components/form/tabs'
import { WIZARD_TABS, type TWizardTab } from '@/server/containergroups/wizard-form'
import { fieldTab, validateWizardForm } from '@/server/containergroups/wizard-problems'
import { AdvancedTab } from './advanced-tab'
import { BasicsTab, type TResourceGroupOption, type TSubscriptionOption } from './basics-tab'
import { MonitoringTab } from './monitoring-tab'
import { NetworkingTab } from './networking-tab'
import { ReviewTab } from './review-tab'
import { TagsTab } from './tags-tab'
import { useAvailability } from './use-availability'
import { useReview } from './use-review'
import { WizardFooter } from './wizard-footer'
import { fieldDomId, initWizardState, wizardReducer } from './wizard-state'

export type TCreateWizardProps = { subscriptions: TSubscriptionOption[]; resourceGroups: TResourceGroupOption[]; dnsZone: string }

function findFieldElement(field: string): HTMLElement | null {
  const id = fieldDomId(field)
  return document.getElementById(id) ?? document.querySelector<HTMLElement>(`input[name="${id}"]:checked`) ?? document.querySelector<HTMLElement>(`input[name="${id}"]`)
}

export function CreateWizard({ subscriptions, resourceGroups, dnsZone }: TCreateWizardProps) {
  const [state, dispatch] = useReducer(wizardReducer, subscriptions[0]?.id ?? '', initWizardState)
  const { form, tab } = state
  const live = useMemo(() => validateWizardForm(form), [form])
  const availability = useAvailability(form)
  const [focusRequest, setFocusRequest] = useState<{ field: string; at: number } | null>(null)

  function goToField(field: string) {
    dispatch({ type: 'tab', tab: fieldTab(field) })
    setFocusRequest({ field, at: Date.now() })
  }
  const { review, validate, create, reset } = useReview({ form, dispatch, goToField })

  useEffect(() => {
    if (!focusRequest) return
    const element = findFieldElement(focusRequest.field)
    element?.scrollIntoView({ block: 'center' })
    element?.focus()
  }, [focusRequest])

  const liveErrors = useMemo(() => Object.fromEntries(live.problems.filter((p) => p.field).map((p) => [p.field!, p.message])), [live])
  function errorOf(field: string): string | undefined {
    const server = state.serverErrors[field]
    if (server) return server
    const local = state.touched[field] || state.showAllErrors ? liveErrors[field] : undefined
    if (local) return local
    if (field === 'name') return availability.nameError
    if (field === 'dnsNameLabel' && availability.dns.status === 'unavailable') return availability.dns.message
    return undefined
  }

  function selectTab(next: TWizardTab) {
    dispatch({ type: 'tab', tab: next })
    if (next === 'review') void validate()
    else if (review.status !== 'creating') reset()
  }

  const invalidTabs = new Set(review.status === 'failed' ? review.problems.filter((p) => p.field).map((p) => fieldTab(p.field!)) : [])
  const tabProps = { form, dispatch, errorOf }
  return (
    // Tall enough that the footer sits at the bottom of the window, as in the portal.
    <div className="flex min-h-[calc(100vh-9.5rem)] flex-col">
      <Tabs
        idPrefix="create-aci"
        label="Create container instance"
        items={WIZARD_TABS.map(([id, label]) => ({ id, label, invalid: invalidTabs.has(id) }))}
        selected={tab}
        onSelect={(id) => selectTab(id as TWizardTab)}
      />
      <div className="min-h-0 flex-1 pb-6">
        <TabPanel idPrefix="create-aci" id={tab}>
          {tab === 'basics' ? <BasicsTab {...tabProps} subscriptions={subscriptions} resourceGroups={resourceGroups} /> : null}
          {tab === 'networking' ? <NetworkingTab {...tabProps} dns={availability.dns} dnsZone={dnsZone} /> : null}
          {tab === 'monitoring' ? <MonitoringTab /> : null}
          {tab === 'advanced' ? <AdvancedTab {...tabProps} /> : null}
          {tab === 'tags' ? <TagsTab {...tabProps} /> : null}
          {tab === 'review' ? (
            <ReviewTab form={form} review={review} goToField={goToField} subscriptions={subscriptions} dnsFqdn={availability.dns.fqdn} />
          ) : null}
        </TabPanel>
      </div>
      <WizardFooter tab={tab} review={review} onSelectTab={selectTab} onCreate={() => void create()} />
    </div>
  )
}
