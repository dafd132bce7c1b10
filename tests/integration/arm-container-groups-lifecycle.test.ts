// The ARM API driving the real control plane (worker in-process): create polled to Succeeded,
// stop, start, restart, and a delete racing a deployment leaving nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/server/db/client'
import { controlPlaneQueue } from '@/server/jobs/queue'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { arm, azContainerGroupBody, tokenFor } from './support/arm-client'
import { nodeAllocationMismatches, totalAllocation } from './support/control-plane'
import { startInProcessWorker } from './support/in-process-worker'
import { waitFor } from './support/wait-for'

let token: string
let sub: string
let worker: ReturnType<typeof startInProcessWorker>
const CG = (name: string) => `/subscriptions/${sub}/resourceGroups/rg1/providers/Microsoft.ContainerInstance/containerGroups/${name}`

function relative(url: string) {
  const parsed = new URL(url)
  return parsed.pathname + parsed.search
}

async function pollOperation(operationUrl: string) {
  return waitFor(
    async () => {
      const status = await arm('GET', relative(operationUrl), { token })
      expect(status.status).toBe(200)
      return status.body.status !== 'Pending' ? status.body : null
    },
    { description: `operation ${operationUrl}`, timeoutMs: 30_000, intervalMs: 100 },
  )
}

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['westeurope'], nodesPerRegion: 2, osTypes: ['Linux'] })
  const owner = await createTestUser()
  token = await tokenFor(owner.principal)
  sub = owner.subscription.id
  await arm('PUT', `/subscriptions/${sub}/resourcegroups/rg1`, { token, body: { location: 'westeurope' } })
  worker = startInProcessWorker()
})

afterAll(async () => {
  await worker?.stop()
})

describe('container group lifecycle through ARM', () => {
  it('create → Succeeded → Running, then stop (204), start (202 + operation), start again (204), restart (204)', async () => {
    const created = await arm('PUT', CG('life'), { token, body: azContainerGroupBody({ name: 'life' }) })
    expect(created.status).toBe(201)
    const done = await pollOperation(created.headers.get('azure-asyncoperation')!)
    expect(done.status).toBe('Succeeded')
    expect(done.properties.events.map((e: { name: string }) => e.name)).toContain('Pulling')

    const running = await arm('GET', CG('life'), { token })
    expect(running.body.properties.provisioningState).toBe('Succeeded')
    expect(running.body.properties.instanceView.state).toBe('Running')
    const container = running.body.properties.containers[0].properties.instanceView
    expect(container.currentState.state).toBe('Running')
    expect(container.events.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Pulling', 'Pulled', 'Started']))

    const stopped = await arm('POST', `${CG('life')}/stop`, { token })
    expect(stopped.status).toBe(204)
    expect(stopped.text).toBe('')
    expect((await arm('GET', CG('life'), { token })).body.properties.instanceView.state).toBe('Stopped')

    const started = await arm('POST', `${CG('life')}/start`, { token })
    expect(started.status).toBe(202)
    expect(started.headers.get('retry-after')).toBe('1')
    expect((await pollOperation(started.headers.get('azure-asyncoperation')!)).status).toBe('Succeeded')
    expect((await arm('POST', `${CG('life')}/start`, { token })).status).toBe(204)

    const restarted = await arm('POST', `${CG('life')}/restart`, { token })
    expect(restarted.status).toBe(204)
    const logs = await arm('GET', `${CG('life')}/containers/life/logs?tail=10`, { token })
    expect(logs.status).toBe(200)
    expect(typeof logs.body.content).toBe('string')
    expect((await arm('POST', `${CG('nope')}/restart`, { token })).status).toBe(404)
  })

  it('DELETE while the group is still deploying leaves no placement, reservation or queued work', async () => {
    const before = await totalAllocation()
    const names = ['race-1', 'race-2', 'race-3']
    const ids: string[] = []
    for (const name of names) {
      const created = await arm('PUT', CG(name), { token, body: azContainerGroupBody({ name }) })
      expect(created.status).toBe(201)
      ids.push((await db.containerGroup.findFirstOrThrow({ where: { name, subscriptionId: sub } })).id)
      const deleted = await arm('DELETE', CG(name), { token })
      expect(deleted.status).toBe(200)
    }
    await waitFor(
      async () => {
        const jobs = await controlPlaneQueue().getJobs(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children'])
        return jobs.every((job) => !ids.includes(job.data?.containerGroupId)) ? true : null
      },
      { description: 'queued work for the deleted groups to drain', timeoutMs: 20_000 },
    )
    expect(await db.placement.count({ where: { containerGroupId: { in: ids } } })).toBe(0)
    expect(await db.containerGroup.count({ where: { id: { in: ids } } })).toBe(0)
    expect(await nodeAllocationMismatches()).toEqual([])
    expect(await totalAllocation()).toEqual(before)
  })
})
