import { describe, expect, it } from 'vitest'
import { buildFqdn } from './fqdn'

const inputs = { tenantId: 't1', subscriptionId: 's1', resourceGroupName: 'myresourcegroup' }
const base = { label: 'aci-demo', region: 'eastus', zone: 'aci.localhost', inputs }

describe('buildFqdn', () => {
  it('puts no hash in an Any reuse (Unsecure) FQDN', () => {
    expect(buildFqdn({ ...base, scope: 'Unsecure' })).toBe('aci-demo.eastus.aci.localhost')
  })

  it('inserts a 16-character hash starting with a letter for scoped policies', () => {
    const fqdn = buildFqdn({ ...base, scope: 'TenantReuse' })
    const [label, hash, region, ...zone] = fqdn.split('.')
    expect(label).toBe('aci-demo')
    expect(hash).toMatch(/^[a-z][a-z0-9]{15}$/)
    expect(region).toBe('eastus')
    expect(zone.join('.')).toBe('aci.localhost')
  })

  it('is deterministic within a scope and differs across scopes', () => {
    const tenant = buildFqdn({ ...base, scope: 'TenantReuse' })
    expect(buildFqdn({ ...base, scope: 'TenantReuse' })).toBe(tenant)
    expect(buildFqdn({ ...base, scope: 'TenantReuse', inputs: { ...inputs, tenantId: 't2' } })).not.toBe(tenant)
    // A different subscription in the same tenant shares the tenant-scoped FQDN...
    expect(buildFqdn({ ...base, scope: 'TenantReuse', inputs: { ...inputs, subscriptionId: 's2' } })).toBe(tenant)
    // ...but not the subscription-scoped one.
    const sub = buildFqdn({ ...base, scope: 'SubscriptionReuse' })
    expect(buildFqdn({ ...base, scope: 'SubscriptionReuse', inputs: { ...inputs, subscriptionId: 's2' } })).not.toBe(sub)
    const rg = buildFqdn({ ...base, scope: 'ResourceGroupReuse' })
    expect(buildFqdn({ ...base, scope: 'ResourceGroupReuse', inputs: { ...inputs, resourceGroupName: 'MyResourceGroup' } })).toBe(rg)
    expect(buildFqdn({ ...base, scope: 'ResourceGroupReuse', inputs: { ...inputs, resourceGroupName: 'other' } })).not.toBe(rg)
  })

  it('draws a new hash for every No reuse deployment', () => {
    expect(buildFqdn({ ...base, scope: 'Noreuse' })).not.toBe(buildFqdn({ ...base, scope: 'Noreuse' }))
  })
})
