'use client'
// Networking: networking type, DNS name label with its reuse scope, and the ports that the
// container opens and the IP address exposes.
import { Field, FormSection } from '@/components/form/field'
import { RadioGroup } from '@/components/form/radio-group'
import { Select } from '@/components/form/select'
import { MessageBar } from '@/components/message-bar'
import { DNS_NAME_LABEL_SCOPES, type TDnsNameLabelScope } from '@/server/containergroups/schemas'
import { DNS_NAME_LABEL_SCOPE_LABELS, NETWORKING_TYPES, type TNetworkingType } from '@/server/containergroups/wizard-form'
import { DnsNameLabelField } from './dns-name-label-field'
import { PortsTable } from './ports-table'
import type { TDnsAvailability } from './use-availability'
import { fieldDomId, type TTabProps } from './wizard-state'

const SCOPE_OPTIONS = DNS_NAME_LABEL_SCOPES.map((scope) => ({ value: scope, label: DNS_NAME_LABEL_SCOPE_LABELS[scope] }))

export function NetworkingTab({ form, dispatch, errorOf, dns, dnsZone }: TTabProps & { dns: TDnsAvailability; dnsZone: string }) {
  return (
    <div className="max-w-5xl">
      <p className="mb-5 max-w-3xl text-[13px] text-fg">
        Choose between three networking options for your container instance. Public creates a public IP address for your container instance. Private
        gives it an address in a virtual network only. None creates neither a public IP address nor a virtual network; you can still read your
        container&apos;s logs.
      </p>
      <RadioGroup
        name={fieldDomId('networkingType')}
        legend="Networking type"
        inline
        options={NETWORKING_TYPES.map((type) => ({ value: type, label: type }))}
        value={form.networkingType}
        error={errorOf('networkingType')}
        onChange={(value) => dispatch({ type: 'set', field: ['networkingType', 'dnsNameLabel', 'ports'], patch: { networkingType: value as TNetworkingType } })}
      />
      {form.networkingType === 'Private' ? (
        <div className="max-w-3xl py-2">
          <MessageBar intent="info">The container group gets a private IP address in Cerulean&apos;s simulated virtual network and no DNS name label.</MessageBar>
        </div>
      ) : null}
      {form.networkingType === 'Public' ? (
        <>
          <DnsNameLabelField form={form} dispatch={dispatch} error={errorOf('dnsNameLabel')} dns={dns} dnsZone={dnsZone} />
          <Field
            label="DNS name label scope reuse"
            htmlFor={fieldDomId('dnsNameLabelScope')}
            error={errorOf('dnsNameLabelScope')}
            info="Who can get this DNS name again once this container group is deleted. Tenant is recommended."
          >
            <Select
              id={fieldDomId('dnsNameLabelScope')}
              value={form.dnsNameLabelScope}
              error={errorOf('dnsNameLabelScope')}
              options={SCOPE_OPTIONS}
              onChange={(event) =>
                dispatch({ type: 'set', field: ['dnsNameLabelScope', 'dnsNameLabel'], patch: { dnsNameLabelScope: event.target.value as TDnsNameLabelScope } })
              }
            />
          </Field>
        </>
      ) : null}
      {form.networkingType !== 'None' ? (
        <FormSection title="Ports">
          <PortsTable ports={form.ports} dispatch={dispatch} errorOf={errorOf} />
        </FormSection>
      ) : null}
    </div>
  )
}
