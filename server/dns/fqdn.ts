// FQDNs as ACI builds them (ACI-REFERENCE §6):
//   Any reuse (API "Unsecure"):  <label>.<region>.<zone>
//   scoped reuse policies:       <label>.<hash>.<region>.<zone>
// The hash is 16 lowercase letters/digits starting with a letter. It is deterministic for
// the scope (so the same label in the same tenant/subscription/resource group gets the
// same FQDN back after a delete), and random for No reuse.
import { createHash, randomUUID } from 'node:crypto'
import type { TDnsNameLabelScope } from '../containergroups/schemas'

export type TDnsScopeInputs = {
  tenantId: string
  subscriptionId: string
  resourceGroupName: string
}

const HASH_LENGTH = 16

function scopeSeed(scope: TDnsNameLabelScope, label: string, inputs: TDnsScopeInputs): string | null {
  switch (scope) {
    case 'Unsecure':
      return null
    case 'TenantReuse':
      return [label, inputs.tenantId].join('|')
    case 'SubscriptionReuse':
      return [label, inputs.tenantId, inputs.subscriptionId].join('|')
    case 'ResourceGroupReuse':
      return [label, inputs.tenantId, inputs.subscriptionId, inputs.resourceGroupName.toLowerCase()].join('|')
    case 'Noreuse':
      return [label, randomUUID()].join('|')
  }
}

export function dnsHash(seed: string): string {
  const digest = createHash('sha256').update(seed).digest()
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let hash = alphabet[digest[0] % 26] // DNS-friendly: always starts with a letter
  for (let i = 1; i < HASH_LENGTH; i++) hash += alphabet[digest[i] % alphabet.length]
  return hash
}

export function buildFqdn(options: {
  label: string
  scope: TDnsNameLabelScope
  region: string
  zone: string
  inputs: TDnsScopeInputs
}): string {
  const seed = scopeSeed(options.scope, options.label, options.inputs)
  const parts = seed === null ? [options.label] : [options.label, dnsHash(seed)]
  return [...parts, options.region, options.zone].join('.').toLowerCase()
}
