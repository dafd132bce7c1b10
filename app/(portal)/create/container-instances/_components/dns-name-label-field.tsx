'use client'
// DNS name label, checked as the person types: the shared rule first, then (debounced) the
// server says whether the label is free in its reuse scope and what the FQDN will be.
import { Field } from '@/components/form/field'
import { TextInput } from '@/components/form/text-input'
import { CommandIcons } from '@/components/icons/command-icons'
import type { TWizardForm } from '@/server/containergroups/wizard-form'
import type { TDnsAvailability } from './use-availability'
import { fieldDomId, type TWizardDispatch } from './wizard-state'

function suffixOf(form: TWizardForm, dns: TDnsAvailability, dnsZone: string): string {
  if (dns.fqdn && dns.fqdn.startsWith(`${form.dnsNameLabel}.`)) return dns.fqdn.slice(form.dnsNameLabel.length)
  // Scoped policies put a hash between the label and the region (ACI-REFERENCE §6).
  const hash = form.dnsNameLabelScope === 'Unsecure' ? '' : form.dnsNameLabelScope === 'Noreuse' ? '.<unique hash>' : '.<hash>'
  return `${hash}.${form.region}.${dnsZone}`
}

export function DnsNameLabelField({
  form,
  dispatch,
  error,
  dns,
  dnsZone,
}: {
  form: TWizardForm
  dispatch: TWizardDispatch
  error?: string
  dns: TDnsAvailability
  dnsZone: string
}) {
  const id = fieldDomId('dnsNameLabel')
  const available = !error && dns.status === 'available'
  return (
    <Field label="DNS name label" htmlFor={id} error={error}>
      <div className="flex items-center gap-2">
        <div className="relative min-w-0 flex-1">
          <TextInput
            id={id}
            value={form.dnsNameLabel}
            error={error}
            autoComplete="off"
            spellCheck={false}
            className="pr-7"
            onChange={(event) => dispatch({ type: 'set', field: 'dnsNameLabel', patch: { dnsNameLabel: event.target.value } })}
          />
          {available ? (
            <span className="absolute top-2 right-2" role="img" aria-label="DNS name label is available">
              {CommandIcons.success}
            </span>
          ) : null}
        </div>
        <span className="shrink-0 text-[13px] text-fg-muted" data-testid="dns-name-label-suffix">
          {suffixOf(form, dns, dnsZone)}
        </span>
      </div>
      {form.dnsNameLabel && !error && dns.status === 'checking' ? (
        <p className="text-xs text-fg-muted" role="status">
          Checking availability…
        </p>
      ) : null}
    </Field>
  )
}
