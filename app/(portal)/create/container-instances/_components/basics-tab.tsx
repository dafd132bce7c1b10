'use client'
// Basics: Project details (subscription, resource group) and Container details (name,
// region, SKU, image and size), in the portal's order and wording.
import { Field, FormSection } from '@/components/form/field'
import { Select } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { REGIONS, type RegionName } from '@/server/arm/regions'
import { ImageFields } from './image-fields'
import { ResourceGroupField } from './resource-group-field'
import { SizeField } from './size-field'
import { fieldDomId, type TTabProps } from './wizard-state'

export type TSubscriptionOption = { id: string; displayName: string }
export type TResourceGroupOption = { subscriptionId: string; name: string; location: string }

const REGION_OPTIONS = REGIONS.map(([value, label]) => ({ value, label }))

export function BasicsTab({
  form,
  dispatch,
  errorOf,
  subscriptions,
  resourceGroups,
}: TTabProps & { subscriptions: TSubscriptionOption[]; resourceGroups: TResourceGroupOption[] }) {
  const id = fieldDomId
  return (
    <div className="max-w-5xl">
      <p className="mb-5 max-w-3xl text-[13px] text-fg">
        Azure Container Instances (ACI) allows you to quickly and easily run containers on Azure without managing servers or having to learn new tools.
        ACI offers per-second billing to minimize the cost of running containers on the cloud.
      </p>
      <FormSection
        title="Project details"
        description="Select the subscription to manage deployed resources and costs. Use resource groups like folders to organize and manage all your resources."
      >
        <Field label="Subscription" htmlFor={id('subscription')} required error={errorOf('subscription')}>
          <Select
            id={id('subscription')}
            value={form.subscriptionId}
            error={errorOf('subscription')}
            options={subscriptions.map((s) => ({ value: s.id, label: s.displayName }))}
            onChange={(event) =>
              dispatch({ type: 'set', field: ['subscription', 'resourceGroup'], patch: { subscriptionId: event.target.value, resourceGroupName: '', resourceGroupIsNew: false } })
            }
          />
        </Field>
        <ResourceGroupField
          form={form}
          dispatch={dispatch}
          error={errorOf('resourceGroup')}
          resourceGroups={resourceGroups.filter((g) => g.subscriptionId === form.subscriptionId)}
        />
      </FormSection>

      <FormSection title="Container details">
        <Field label="Container name" htmlFor={id('name')} required error={errorOf('name')}>
          <TextInput
            id={id('name')}
            value={form.name}
            error={errorOf('name')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => dispatch({ type: 'set', field: 'name', patch: { name: event.target.value } })}
          />
        </Field>
        <Field label="Region" htmlFor={id('region')} required error={errorOf('region')}>
          <Select
            id={id('region')}
            value={form.region}
            error={errorOf('region')}
            options={REGION_OPTIONS}
            onChange={(event) => dispatch({ type: 'set', field: ['region', 'dnsNameLabel'], patch: { region: event.target.value as RegionName } })}
          />
        </Field>
        <Field label="Availability zones" htmlFor={id('availabilityZone')} info="Zonal placement is not offered in this region.">
          <Select id={id('availabilityZone')} value={form.availabilityZone} options={[{ value: 'None', label: 'None' }]} onChange={() => undefined} />
        </Field>
        <Field label="SKU" htmlFor={id('sku')} required error={errorOf('sku')}>
          <Select
            id={id('sku')}
            value={form.sku}
            error={errorOf('sku')}
            options={[
              { value: 'Standard', label: 'Standard' },
              { value: 'Confidential', label: 'Confidential' },
            ]}
            onChange={(event) => dispatch({ type: 'set', field: 'sku', patch: { sku: event.target.value as 'Standard' | 'Confidential' } })}
          />
        </Field>
        <ImageFields form={form} dispatch={dispatch} errorOf={errorOf} />
        <SizeField form={form} dispatch={dispatch} error={errorOf('size')} />
      </FormSection>
    </div>
  )
}
