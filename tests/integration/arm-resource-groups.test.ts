// ARM Microsoft.Resources surface: subscriptions, tenants, locations and resource groups, called
// through the route handlers with real tokens, Postgres and Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { createServicePrincipal } from '@/server/identity/create-service-principal'
import { createTestUser } from '../factories/users'
import { arm, azContainerGroupBody, ORIGIN, tokenFor } from './support/arm-client'
import { startInProcessWorker } from './support/in-process-worker'
import { waitFor } from './support/wait-for'

let owner: Awaited<ReturnType<typeof createTestUser>>
let token: string
let sub: string
// Resource-group deletions run as jobs (resourcegroups.delete), as in production.
let worker: ReturnType<typeof startInProcessWorker>

beforeAll(async () => {
  owner = await createTestUser()
  token = await tokenFor(owner.principal)
  sub = owner.subscription.id
  worker = startInProcessWorker()
})

afterAll(async () => {
  await worker.stop()
})

describe('subscriptions, tenants and locations', () => {
  it('lists and gets the caller’s subscription and tenant', async () => {
    const list = await arm('GET', '/subscriptions', { token, apiVersion: '2019-11-01' })
    expect(list.status).toBe(200)
    expect(list.body.value).toEqual([expect.objectContaining({ id: `/subscriptions/${sub}`, subscriptionId: sub, tenantId: owner.tenant.id, state: 'Enabled' })])
    const one = await arm('GET', `/subscriptions/${sub}`, { token, apiVersion: '2022-12-01' })
    expect(one.status).toBe(200)
    expect(one.body.displayName).toBe('Azure subscription 1')
    const tenants = await arm('GET', '/tenants', { token, apiVersion: '2022-12-01' })
    expect(tenants.body.value[0]).toMatchObject({ tenantId: owner.tenant.id })
    const locations = await arm('GET', `/subscriptions/${sub}/locations`, { token })
    expect(locations.body.value.map((l: { name: string }) => l.name)).toContain('westeurope')
  })

  it('answers another tenant’s subscription exactly like a missing one', async () => {
    const stranger = await createTestUser()
    const strangerToken = await tokenFor(stranger.principal)
    const theirs = await arm('GET', `/subscriptions/${sub}/resourcegroups`, { token: strangerToken })
    const missing = await arm('GET', `/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups`, { token: strangerToken })
    expect(theirs.status).toBe(404)
    expect(theirs.body.error.code).toBe('SubscriptionNotFound')
    expect(missing.body.error.code).toBe(theirs.body.error.code)
    expect((await arm('GET', `/subscriptions/${sub}`, { token: strangerToken })).status).toBe(404)
  })
})

describe('common ARM behaviour', () => {
  it('requires api-version with ARM’s message, and accepts known and newer versions', async () => {
    const missing = await arm('GET', `/subscriptions/${sub}/resourcegroups`, { token, apiVersion: null })
    expect(missing.status).toBe(400)
    expect(missing.body.error).toEqual({ code: 'MissingApiVersionParameter', message: 'The api-version query parameter (?api-version=) is required for all requests.' })
    for (const version of ['2021-04-01', '2025-04-01', '2022-10-01-preview', '2030-01-01']) {
      expect((await arm('GET', `/subscriptions/${sub}/resourcegroups`, { token, apiVersion: version })).status).toBe(200)
    }
    const bad = await arm('GET', `/subscriptions/${sub}/resourcegroups`, { token, apiVersion: 'yesterday' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('InvalidApiVersionParameter')
  })

  it('refuses a missing token with 401 and no WWW-Authenticate', async () => {
    const response = await arm('GET', `/subscriptions/${sub}/resourcegroups`)
    expect(response.status).toBe(401)
    expect(response.body.error.code).toBe('AuthenticationFailed')
    expect(response.headers.get('www-authenticate')).toBeNull()
  })

  it('sets request ids and echoes the client’s correlation id', async () => {
    const response = await arm('GET', `/subscriptions/${sub}/resourcegroups`, { token, headers: { 'x-ms-client-request-id': 'client-123' } })
    expect(response.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('x-ms-correlation-request-id')).toBe('client-123')
    const correlated = await arm('GET', `/subscriptions/${sub}/resourcegroups`, { token, headers: { 'x-ms-correlation-request-id': 'corr-9' } })
    expect(correlated.headers.get('x-ms-correlation-request-id')).toBe('corr-9')
  })

  it('routes ARM paths case-insensitively and keeps names as created', async () => {
    const created = await arm('PUT', `/Subscriptions/${sub}/resourceGroups/CaseRG`, { token, body: { location: 'East US' } })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ id: `/subscriptions/${sub}/resourceGroups/CaseRG`, name: 'CaseRG', location: 'eastus', type: 'Microsoft.Resources/resourceGroups' })
    const read = await arm('GET', `/SUBSCRIPTIONS/${sub}/RESOURCEGROUPS/caserg`, { token })
    expect(read.status).toBe(200)
    expect(read.body.name).toBe('CaseRG')
  })

  it('answers malformed JSON with InvalidRequestContent', async () => {
    const response = await arm('PUT', `/subscriptions/${sub}/resourcegroups/badjson`, { token, rawBody: '{"location": ' })
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('InvalidRequestContent')
  })
})

describe('resource groups', () => {
  it('PUT creates (201) then updates (200), GET/HEAD/PATCH follow, invalid names are refused', async () => {
    const path = `/subscriptions/${sub}/resourcegroups/rg-crud`
    expect((await arm('PUT', path, { token, body: { location: 'westeurope', tags: { env: 'dev' } }, apiVersion: '2025-04-01' })).status).toBe(201)
    const updated = await arm('PUT', path, { token, body: { location: 'westeurope', tags: { env: 'prod' } } })
    expect(updated.status).toBe(200)
    expect(updated.body).toEqual({
      id: `/subscriptions/${sub}/resourceGroups/rg-crud`,
      name: 'rg-crud',
      type: 'Microsoft.Resources/resourceGroups',
      location: 'westeurope',
      tags: { env: 'prod' },
      properties: { provisioningState: 'Succeeded' },
    })
    expect((await arm('PUT', path, { token, body: { location: 'eastus' } })).body.error.code).toBe('InvalidResourceGroupLocation')
    const head = await arm('HEAD', path, { token })
    expect(head.status).toBe(204)
    expect(head.text).toBe('')
    const headMissing = await arm('HEAD', `/subscriptions/${sub}/resourcegroups/nope`, { token })
    expect(headMissing.status).toBe(404)
    expect(headMissing.text).toBe('')
    const patched = await arm('PATCH', path, { token, body: { tags: { team: 'a' } } })
    expect(patched.status).toBe(200)
    expect(patched.body.tags).toEqual({ team: 'a' })
    const missing = await arm('GET', `/subscriptions/${sub}/resourcegroups/nope`, { token })
    expect(missing.status).toBe(404)
    expect(missing.body.error).toEqual({ code: 'ResourceGroupNotFound', message: "Resource group 'nope' could not be found." })
    const invalid = await arm('PUT', `/subscriptions/${sub}/resourcegroups/${encodeURIComponent('bad name!')}`, { token, body: { location: 'eastus' } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.error.code).toBe('InvalidResourceGroupName')
    const noLocation = await arm('PUT', `/subscriptions/${sub}/resourcegroups/rg-noloc`, { token, body: { tags: {} } })
    expect(noLocation.status).toBe(400)
    expect(noLocation.body.error.code).toBe('InvalidRequestContent')
  })

  it('lists with a tag $filter and $top', async () => {
    for (const [name, tier] of [['rg-f1', 'gold'], ['rg-f2', 'silver'], ['rg-f3', 'gold']]) {
      await arm('PUT', `/subscriptions/${sub}/resourcegroups/${name}`, { token, body: { location: 'eastus', tags: { Tier: tier } } })
    }
    const gold = await arm('GET', `/subscriptions/${sub}/resourcegroups?$filter=${encodeURIComponent("tagName eq 'tier' and tagValue eq 'gold'")}`, { token })
    expect(gold.body.value.map((g: { name: string }) => g.name)).toEqual(['rg-f1', 'rg-f3'])
    const tagged = await arm('GET', `/subscriptions/${sub}/resourcegroups?$filter=${encodeURIComponent("tagName eq 'Tier'")}`, { token })
    expect(tagged.body.value).toHaveLength(3)
    const top = await arm('GET', `/subscriptions/${sub}/resourcegroups?$top=2`, { token })
    expect(top.body.value).toHaveLength(2)
    const badFilter = await arm('GET', `/subscriptions/${sub}/resourcegroups?$filter=${encodeURIComponent('location eq 1')}`, { token })
    expect(badFilter.status).toBe(400)
    expect(badFilter.body.error.code).toBe('InvalidParameter')
  })

  it('DELETE is a long-running operation that empties the group first and never polls 204', async () => {
    const rg = `/subscriptions/${sub}/resourcegroups/rg-del`
    await arm('PUT', rg, { token, body: { location: 'westeurope' } })
    const cg = await arm('PUT', `${rg}/providers/Microsoft.ContainerInstance/containerGroups/web`, { token, body: azContainerGroupBody({ name: 'web' }) })
    expect(cg.status).toBe(201)

    const accepted = await arm('DELETE', rg, { token, apiVersion: '2025-04-01' })
    expect(accepted.status).toBe(202)
    expect(accepted.text).toBe('')
    expect(accepted.headers.get('retry-after')).toBe('1')
    const location = accepted.headers.get('location')!
    expect(location).toMatch(new RegExp(`^${ORIGIN}/subscriptions/${sub}/operationresults/[A-Za-z0-9_-]+\\?api-version=2025-04-01$`))
    const token64 = new URL(location).pathname.split('/').pop()!
    expect(JSON.parse(Buffer.from(token64, 'base64url').toString())).toMatchObject({ jobId: 'RESOURCEGROUPDELETIONJOB-RG-DEL-WESTEUROPE', jobLocation: 'westeurope' })

    const statuses: number[] = []
    await waitFor(
      async () => {
        const poll = await arm('GET', new URL(location).pathname + new URL(location).search, { token })
        statuses.push(poll.status)
        return poll.status === 200
      },
      { description: 'the resource group deletion to finish', timeoutMs: 30_000, intervalMs: 100 },
    )
    expect(statuses.every((s) => s === 202 || s === 200)).toBe(true)
    expect((await arm('GET', rg, { token })).status).toBe(404)
    expect(await db.containerGroup.count({ where: { name: 'web', subscriptionId: sub } })).toBe(0)
    expect((await arm('DELETE', rg, { token })).status).toBe(404)
  })

  it('lets a Reader read but answers its writes with 403 AuthorizationFailed', async () => {
    await arm('PUT', `/subscriptions/${sub}/resourcegroups/rg-reader`, { token, body: { location: 'eastus' } })
    const reader = await createServicePrincipal({ input: { tenantId: owner.tenant.id, displayName: 'reader', role: 'Reader', scope: `/subscriptions/${sub}` } })
    const readerToken = await tokenFor({ id: reader.objectId, tenantId: owner.tenant.id, type: 'ServicePrincipal' })
    expect((await arm('GET', `/subscriptions/${sub}/resourcegroups/rg-reader`, { token: readerToken })).status).toBe(200)
    for (const [method, body] of [['PUT', { location: 'eastus' }], ['PATCH', { tags: {} }], ['DELETE', undefined]] as const) {
      const response = await arm(method, `/subscriptions/${sub}/resourcegroups/rg-reader`, { token: readerToken, body })
      expect(response.status, method).toBe(403)
      expect(response.body.error.code).toBe('AuthorizationFailed')
    }
    const put = await arm('PUT', `/subscriptions/${sub}/resourcegroups/rg-reader/providers/Microsoft.ContainerInstance/containerGroups/cg1`, {
      token: readerToken,
      body: azContainerGroupBody(),
    })
    expect(put.status).toBe(403)
    expect(put.body.error.code).toBe('AuthorizationFailed')
  })
})
