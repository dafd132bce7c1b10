// ARM Microsoft.ContainerInstance surface without a running worker: quotas, throttling and the
// provider-level endpoints (operations, capabilities, exec and attach sessions, logs).
import { describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { env } from '@/server/env'
import { createTestUser } from '../factories/users'
import { arm, azContainerGroupBody, tokenFor } from './support/arm-client'
import { withArmOwner } from './support/arm-owner'

const armOwner = withArmOwner()

describe('limits', () => {
  it('enforces the per-region quota and reports usage', async () => {
    const owner = await createTestUser()
    const t = await tokenFor(owner.principal)
    const s = owner.subscription.id
    env.ACI_QUOTA_CONTAINER_GROUPS = 2
    env.ACI_QUOTA_STANDARD_CORES = 3
    await arm('PUT', `/subscriptions/${s}/resourcegroups/q`, { token: t, body: { location: 'uksouth' } })
    const put = (name: string, cpu = 1) =>
      arm('PUT', `/subscriptions/${s}/resourceGroups/q/providers/Microsoft.ContainerInstance/containerGroups/${name}`, { token: t, body: azContainerGroupBody({ name, location: 'uksouth', cpu }) })
    expect((await put('q1', 2)).status).toBe(201)
    const cores = await put('q2', 2)
    expect(cores.status).toBe(400)
    expect(cores.body.error.code).toBe('ContainerGroupQuotaReached')
    expect(cores.body.error.message).toBe(
      "Resource type 'Microsoft.ContainerInstance/containerGroups' container group quota 'StandardCores' exceeded in region 'uksouth'. Limit: '3', Usage: '2' Requested: '2'.",
    )
    expect((await put('q3', 1)).status).toBe(201)
    const count = await put('q4', 0.5)
    expect(count.body.error.message).toContain("quota 'ContainerGroups'")
    const usages = await arm('GET', `/subscriptions/${s}/providers/Microsoft.ContainerInstance/locations/uksouth/usages`, { token: t })
    expect(usages.body.value).toEqual([
      { unit: 'Count', currentValue: 2, limit: 2, name: { value: 'ContainerGroups', localizedValue: 'Container Groups' } },
      { unit: 'Count', currentValue: 3, limit: 3, name: { value: 'StandardCores', localizedValue: 'Standard Cores' } },
    ])
    expect((await arm('GET', `/subscriptions/${s}/providers/Microsoft.ContainerInstance/locations/atlantis/usages`, { token: t })).status).toBe(400)
  })

  it('throttles per subscription with 429, Retry-After and TooManyRequests', async () => {
    const owner = await createTestUser()
    const t = await tokenFor(owner.principal)
    env.ARM_THROTTLE_READ_BUCKET = 3
    env.ARM_THROTTLE_READ_REFILL_PER_SECOND = 0.01
    const responses = []
    for (let i = 0; i < 5; i++) responses.push(await arm('GET', `/subscriptions/${owner.subscription.id}/resourcegroups`, { token: t }))
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429, 429])
    expect(responses[3].body.error.code).toBe('TooManyRequests')
    expect(Number(responses[3].headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(responses[0].headers.get('x-ms-ratelimit-remaining-subscription-reads')).toBe('2')
  })
})

describe('provider endpoints', () => {
  it('serves operations, capabilities, cached images and outbound dependencies', async () => {
    const ops = await arm('GET', '/providers/Microsoft.ContainerInstance/operations', { token: armOwner.token })
    expect(ops.body.value).toContainEqual(expect.objectContaining({ name: 'Microsoft.ContainerInstance/containerGroups/read' }))
    const caps = await arm('GET', `/subscriptions/${armOwner.subscriptionId}/providers/Microsoft.ContainerInstance/locations/westeurope/capabilities`, { token: armOwner.token })
    expect(caps.body.value[0]).toMatchObject({ resourceType: 'containerGroups', osType: 'Linux', location: 'West Europe', capabilities: { maxCpu: 4, maxMemoryInGB: 16 } })
    const images = await arm('GET', `/subscriptions/${armOwner.subscriptionId}/providers/Microsoft.ContainerInstance/locations/westeurope/cachedImages`, { token: armOwner.token })
    expect(images.body.value).toContainEqual({ osType: 'Linux', image: 'mcr.microsoft.com/azuredocs/aci-helloworld:latest' })
    await arm('PUT', armOwner.containerGroupPath('deps'), { token: armOwner.token, body: azContainerGroupBody({ name: 'deps' }) })
    const deps = await arm('GET', `${armOwner.containerGroupPath('deps')}/outboundNetworkDependenciesEndpoints`, { token: armOwner.token })
    expect(deps.status).toBe(200)
    expect(deps.body).toEqual([])
  })

  it('hands out exec and attach websocket sessions with a one-time password', async () => {
    await arm('PUT', armOwner.containerGroupPath('shell'), { token: armOwner.token, body: azContainerGroupBody({ name: 'shell' }) })
    const exec = await arm('POST', `${armOwner.containerGroupPath('shell')}/containers/shell/exec`, { token: armOwner.token, body: { command: '/bin/sh', terminalSize: { rows: 24, cols: 80 } } })
    expect(exec.status).toBe(200)
    expect(exec.body.webSocketUri).toMatch(/^wss:\/\/localhost:3443\/api\/exec\/[0-9a-f-]{36}$/)
    expect(exec.body.password.length).toBeGreaterThanOrEqual(24)
    const attach = await arm('POST', `${armOwner.containerGroupPath('shell')}/containers/shell/attach`, { token: armOwner.token })
    expect(attach.status).toBe(200)
    expect(attach.body.password).not.toBe(exec.body.password)
    const { redeemExecSession } = await import('@/server/containergroups/create-exec-session')
    const sessionId = exec.body.webSocketUri.split('/').pop()
    expect(await redeemExecSession({ sessionId, password: 'wrong' })).toBeNull()
    const unknown = await arm('POST', `${armOwner.containerGroupPath('shell')}/containers/nobody/exec`, { token: armOwner.token, body: { command: 'sh' } })
    expect(unknown.status).toBe(404)
    const noCommand = await arm('POST', `${armOwner.containerGroupPath('shell')}/containers/shell/exec`, { token: armOwner.token, body: {} })
    expect(noCommand.status).toBe(400)
  })

  it('reads logs with tail and timestamps, and refuses bad query values', async () => {
    await arm('PUT', armOwner.containerGroupPath('logs'), { token: armOwner.token, body: azContainerGroupBody({ name: 'logs' }) })
    const group = await db.containerGroup.findFirstOrThrow({ where: { name: 'logs', subscriptionId: armOwner.subscriptionId } })
    const { appendLogLines } = await import('@/server/logs/append-log-lines')
    await appendLogLines({ containerGroupId: group.id, containerName: 'logs', lines: ['one', 'two', 'three'] })
    const all = await arm('GET', `${armOwner.containerGroupPath('logs')}/containers/logs/logs`, { token: armOwner.token })
    expect(all.status).toBe(200)
    expect(all.body).toEqual({ content: 'one\ntwo\nthree\n' })
    const tail = await arm('GET', `${armOwner.containerGroupPath('logs')}/containers/logs/logs?tail=1&timestamps=true`, { token: armOwner.token })
    expect(tail.body.content).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z three\n$/)
    expect((await arm('GET', `${armOwner.containerGroupPath('logs')}/containers/logs/logs?tail=-1`, { token: armOwner.token })).status).toBe(400)
    expect((await arm('GET', `${armOwner.containerGroupPath('logs')}/containers/nope/logs`, { token: armOwner.token })).status).toBe(404)
  })
})
