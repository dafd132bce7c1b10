// Property-based fuzzing of the ARM API: random and mutated bodies, paths, methods and query
// strings. Whatever arrives, the answer is never a 5xx, and every 4xx carries ARM's
// {"error":{"code","message"}} envelope.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { env } from '@/server/env'
import { createTestUser } from '../factories/users'
import { arm, armRequest, azContainerGroupBody, dispatch, readResponse, tokenFor } from './support/arm-client'

let token: string
let sub: string

beforeAll(async () => {
  env.ARM_THROTTLE_ENABLED = false
  const owner = await createTestUser()
  token = await tokenFor(owner.principal)
  sub = owner.subscription.id
  await arm('PUT', `/subscriptions/${sub}/resourcegroups/fz`, { token, body: { location: 'westeurope' } })
  await arm('PUT', `/subscriptions/${sub}/resourcegroups/fz/providers/Microsoft.ContainerInstance/containerGroups/fzcg`, { token, body: azContainerGroupBody({ name: 'fzcg' }) })
})

const failures: string[] = []
// Status histogram per property, so a run that never reaches a handler cannot pass unnoticed.
const seen = new Map<string, number>()

async function check(request: Request, label: string) {
  const response = await dispatch(request)
  if (!response) {
    seen.set(`${label}:unrouted`, (seen.get(`${label}:unrouted`) ?? 0) + 1)
    return // no route.ts: Next's own 404, not the ARM API
  }
  const { status, body, text } = await readResponse(response)
  seen.set(`${label}:${status}`, (seen.get(`${label}:${status}`) ?? 0) + 1)
  const problem =
    status >= 500
      ? `5xx ${status}`
      : status >= 400 && request.method !== 'HEAD' && (typeof body?.error?.code !== 'string' || typeof body?.error?.message !== 'string')
        ? `non-ARM error body ${status}: ${text.slice(0, 200)}`
        : null
  if (problem) failures.push(`${label} ${request.method} ${request.url} → ${problem}`)
  return status
}

// --- arbitraries -----------------------------------------------------------------------------

// Arbitraries are built before beforeAll knows the subscription id; this stands in for it.
const SUB = 'the-test-subscription'

const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '..', '%', '%zz', '%2F', 'null', 'undefined', '__proto__', 'constructor', "'; DROP TABLE x;--", 'a'.repeat(300), '00000000-0000-0000-0000-000000000000', 'Providers', 'logs'),
)

const casing = (word: string) => fc.constantFrom(word, word.toUpperCase(), word.toLowerCase(), word[0].toUpperCase() + word.slice(1))

const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('subscriptions', 'resourceGroups', 'providers', 'Microsoft.ContainerInstance', 'containerGroups', 'containers', 'logs', 'exec', 'attach', 'restart', 'stop', 'start', 'locations', 'operations', 'usages', 'cachedImages', 'capabilities', 'operationresults', 'outboundNetworkDependenciesEndpoints', 'tenants').chain(casing) },
  { weight: 2, arbitrary: fc.constantFrom('fz', 'fzcg', 'westeurope', 'EastUS') },
  { weight: 1, arbitrary: nastyString.map((s) => encodeURIComponent(s) || 'x') },
)

const subscriptionSegment = () => fc.oneof(fc.constant(SUB), fc.uuid(), nastyString.map((s) => encodeURIComponent(s) || 'x'))

// Real route shapes with each parameter either plausible or hostile, in random case.
const TEMPLATES = [
  '/subscriptions',
  '/tenants',
  '/providers/Microsoft.ContainerInstance/operations',
  '/subscriptions/{s}',
  '/subscriptions/{s}/locations',
  '/subscriptions/{s}/resourcegroups',
  '/subscriptions/{s}/resourcegroups/{rg}',
  '/subscriptions/{s}/operationresults/{x}',
  '/subscriptions/{s}/providers/Microsoft.ContainerInstance/containerGroups',
  '/subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{loc}/usages',
  '/subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{loc}/cachedImages',
  '/subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{loc}/capabilities',
  '/subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{loc}/operations/{x}',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/restart',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/stop',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/start',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/outboundNetworkDependenciesEndpoints',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/containers/{c}/logs',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/containers/{c}/exec',
  '/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerInstance/containerGroups/{cg}/containers/{c}/attach',
]

const hostile = nastyString.map((s) => encodeURIComponent(s) || 'x')
const templatePath = fc
  .record({
    template: fc.constantFrom(...TEMPLATES),
    s: fc.oneof({ weight: 3, arbitrary: fc.constant(SUB) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: hostile }),
    rg: fc.oneof(fc.constantFrom('fz', 'FZ', 'nope'), hostile),
    cg: fc.oneof(fc.constantFrom('fzcg', 'FzCg', 'nope'), hostile),
    c: fc.oneof(fc.constantFrom('fzcg', 'nope'), hostile),
    loc: fc.oneof(fc.constantFrom('westeurope', 'West Europe', 'EASTUS'), hostile),
    x: fc.oneof(fc.uuid(), hostile, fc.string({ maxLength: 30 }).map((v) => Buffer.from(v).toString('base64url') || 'x')),
    upper: fc.boolean(),
  })
  .map(({ template, upper, ...values }) => {
    const filled = template.replace(/\{(\w+)\}/g, (_, key: keyof typeof values) => String(values[key]))
    return upper ? filled.replace(/\/(subscriptions|resourceGroups|providers|containerGroups)\//g, (m) => m.toUpperCase()) : filled
  })

const path = fc.oneof(
  { weight: 3, arbitrary: templatePath },
  { weight: 1, arbitrary: fc.array(segment, { minLength: 1, maxLength: 12 }).map((parts) => `/${parts.join('/')}`) },
  { weight: 1, arbitrary: fc.tuple(subscriptionSegment(), fc.array(segment, { maxLength: 9 })).map(([s, parts]) => `/subscriptions/${s}/${parts.join('/')}`) },
)

const method = fc.oneof({ weight: 4, arbitrary: fc.constant('GET') }, { weight: 2, arbitrary: fc.constantFrom('GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD') })

const apiVersion = fc.oneof(
  fc.constantFrom('2023-05-01', '2021-04-01', '2022-10-01-preview', '2025-09-01', '2031-12-31', null),
  nastyString,
)

const queryExtras = fc.dictionary(
  fc.constantFrom('$skiptoken', '$filter', '$top', 'tail', 'timestamps', 'api-version', '$expand'),
  nastyString,
  { maxKeys: 3 },
)

type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson }

/** Every path to a value in `value`, for targeted mutations. */
function paths(value: TJson, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix]
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...prefix, i])))
  if (value && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k])))
  return here
}

function mutate(base: TJson, target: (string | number)[], replacement: TJson | undefined): TJson {
  if (target.length === 0) return replacement === undefined ? null : replacement
  const copy = structuredClone(base) as Record<string | number, TJson>
  let node = copy as Record<string | number, TJson>
  for (const key of target.slice(0, -1)) node = node[key] as Record<string | number, TJson>
  const last = target[target.length - 1]
  if (replacement === undefined) delete node[last]
  else node[last] = replacement
  return copy as TJson
}

const oddValue: fc.Arbitrary<TJson | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue() as fc.Arbitrary<TJson>,
  fc.constantFrom<TJson>(null, -1, 0, 1e308, -0.5, 99999999999, '', 'Linux', 'linux', 'Public', 'Private', 'Never', [], {}, true),
)

function mutatedBody(base: TJson) {
  const all = paths(base)
  return fc.array(fc.tuple(fc.nat(all.length - 1), oddValue), { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce<TJson>((body, [index, value]) => {
      const candidates = paths(body)
      return mutate(body, candidates[index % candidates.length], value)
    }, base),
  )
}

const body = fc.oneof(
  { weight: 4, arbitrary: mutatedBody(azContainerGroupBody({ name: 'fzcg', dnsNameLabel: 'fuzz-label' }) as unknown as TJson).map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: mutatedBody({ location: 'westeurope', tags: { a: 'b' } }).map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.jsonValue().map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
)

const RUNS = { numRuns: 1200 }

describe('ARM fuzzing', () => {
  it('random paths, methods and query strings never give a 5xx or a non-ARM error', async () => {
    await fc.assert(
      fc.asyncProperty(method, path, apiVersion, queryExtras, async (m, p, version, extras) => {
        const url = new URL(p.replaceAll(SUB, sub), 'https://localhost:3443')
        for (const [key, value] of Object.entries(extras)) url.searchParams.append(key, value)
        await check(armRequest(m, url.pathname + url.search, { token, apiVersion: version }), 'path')
      }),
      RUNS,
    )
    expect(failures).toEqual([])
    const routed = [...seen].filter(([k]) => k.startsWith('path:') && k !== 'path:unrouted').reduce((sum, [, n]) => sum + n, 0)
    expect(routed).toBeGreaterThan(RUNS.numRuns / 2)
    // Every path under an ARM prefix reaches a handler (a route or the ARM catch-all).
    expect(seen.get('path:unrouted') ?? 0).toBeLessThan(RUNS.numRuns / 4)
    expect(seen.get('path:200') ?? 0).toBeGreaterThan(20)
  })

  it('mutated and random container group and resource group bodies never give a 5xx', async () => {
    const cg = `/subscriptions/${sub}/resourceGroups/fz/providers/Microsoft.ContainerInstance/containerGroups`
    const targets: [string, string][] = [
      ['PUT', `${cg}/fzcg`],
      ['PUT', `${cg}/fz-new`],
      ['PATCH', `${cg}/fzcg`],
      ['PUT', `/subscriptions/${sub}/resourcegroups/fz`],
      ['PUT', `/subscriptions/${sub}/resourcegroups/fz-other`],
      ['PATCH', `/subscriptions/${sub}/resourcegroups/fz`],
      ['POST', `${cg}/fzcg/containers/fzcg/exec`],
      ['POST', `${cg}/fzcg/restart`],
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), body, async ([m, target], raw) => {
        await check(armRequest(m, target, { token, rawBody: raw }), 'body')
      }),
      RUNS,
    )
    expect(failures).toEqual([])
    // Some mutations must still be valid requests, or the fuzzing only ever tests the parser.
    expect((seen.get('body:200') ?? 0) + (seen.get('body:201') ?? 0)).toBeGreaterThan(10)
  })

  it('garbage credentials and ids in headers are refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 }), async (value) => {
        await check(armRequest('GET', `/subscriptions/${sub}/resourcegroups`, { headers: { authorization: value, 'x-ms-client-request-id': value } }), 'auth')
        await check(armRequest('GET', `/subscriptions/${sub}/resourcegroups`, { token, headers: { 'x-ms-correlation-request-id': value } }), 'ids')
      }),
      { numRuns: 300 },
    )
    expect(failures).toEqual([])
  })

  afterAll(() => console.info('ARM fuzz status histogram', Object.fromEntries([...seen].sort())))
})
