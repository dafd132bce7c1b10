// Redis carries only triggers: after FLUSHALL, and after a restart that comes back empty, every
// group still reaches Running exactly once (the reconciler re-enqueues what was lost, the
// controller registers its job schedulers again) and the capacity accounting stays exact.
import { afterAll, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { startOwnRedis } from './support/own-redis'
import { spawnEntry, stopAll, type TManagedChild } from './support/processes'
import { waitFor } from './support/wait-for'

// Before any server module reads the environment: everything here talks to our own Redis.
const redis = await startOwnRedis()
const sharedRedisUrl = process.env.REDIS_URL
process.env.REDIS_URL = redis.url
const { db } = await import('../../server/db/client')
const { controlPlaneQueue } = await import('../../server/jobs/queue')
const { sharedRedis } = await import('../../server/redis')
const { seedNodePool } = await import('../factories/nodes')
const { createTestUser } = await import('../factories/users')
const { createTestResourceGroup } = await import('../factories/resource-groups')
const { createSmallGroups, expectEachStartedOnce, waitForAllRunning } = await import('./support/deployments')

const CHILD_ENV = { REDIS_URL: redis.url, CERULEAN_STAGE_DELAY_SCALE: '0.05', CERULEAN_RECONCILE_EVERY_MS: '1000', CERULEAN_NODE_LEASE_RENEW_MS: '500' }
const children: TManagedChild[] = []

afterAll(async () => {
  await stopAll(children)
  // Our connections go before our Redis does; the setup's clean-up then uses the shared one.
  await controlPlaneQueue().close()
  sharedRedis().disconnect()
  if (sharedRedisUrl === undefined) delete process.env.REDIS_URL
  else process.env.REDIS_URL = sharedRedisUrl
  await redis.stop()
})

async function flushAll() {
  const client = new Redis(redis.url)
  try {
    await client.flushall()
  } finally {
    client.disconnect()
  }
}

describe('Redis losing everything', () => {
  it('survives FLUSHALL and a restart without placing anything twice', { timeout: 85_000 }, async () => {
    await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 4, cpuCores: 16, memoryGb: 64, osTypes: ['Linux'] })
    const owner = await createTestUser()
    await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
    children.push(...(await Promise.all([spawnEntry('controller', CHILD_ENV), spawnEntry('agent', CHILD_ENV)])))
    const create = (prefix: string) => createSmallGroups({ owner, prefix, count: 25 })
    const allRunning = (ids: string[], description: string) => waitForAllRunning(ids, { description, timeoutMs: 30_000, intervalMs: 200 })

    const before = await create('before')
    await allRunning(before, 'the first groups Running')

    // FLUSHALL right behind the creates: their schedule jobs, and the job schedulers, are gone.
    const flushed = await create('flushed')
    await flushAll()
    await waitFor(async () => (await controlPlaneQueue().getJobScheduler('containergroups.reconcile')) !== undefined, {
      description: 'the controller to register its job schedulers again',
      timeoutMs: 15_000,
      intervalMs: 200,
    })
    await allRunning(flushed, 'the groups created before FLUSHALL Running')

    // A restart that comes back empty, with creates waiting for Redis meanwhile.
    await redis.kill()
    let returned = false
    const restarted = create('restarted').finally(() => {
      returned = true
    })
    // Postgres holds the groups (Pending, placed nowhere) while their enqueue waits for Redis.
    await waitFor(async () => (await db.containerGroup.count({ where: { name: { startsWith: 'restarted-' }, provisioningState: 'Pending', placement: null } })) === 25, {
      description: 'the groups created while Redis is down stored as Pending',
      intervalMs: 100,
    })
    expect(returned).toBe(false)
    await redis.start()
    const afterRestart = await restarted
    await allRunning(afterRestart, 'the groups created while Redis was down Running')

    const ids = [...before, ...flushed, ...afterRestart]
    await expectEachStartedOnce(ids)
  })
})
