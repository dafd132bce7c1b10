// Postgres restarting under a running control plane: meanwhile the ARM API answers 503 with an
// ARM error body (ServiceUnavailable), and afterwards the API, the controller and the agent all
// recover on their own; groups created before and after reach Running exactly once, and no node
// is declared NotReady just because nobody could write its heartbeat.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/stack/network'
import { startEmbeddedPostgres, stopEmbeddedPostgres, type EmbeddedPostgres } from '../../scripts/stack/embedded-postgres'
import { spawnEntry, stopAll, type TManagedChild } from './support/processes'
import { waitFor } from './support/wait-for'

// Our own Postgres, set up before any server module reads DATABASE_URL.
const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-pg-')), 'data')
const port = await freePort()
let postgres: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, database: 'cerulean', port })
const sharedDatabaseUrl = process.env.DATABASE_URL
const databaseUrl = postgres.urlFor('cerulean')
process.env.DATABASE_URL = databaseUrl
const { applyMigrations } = await import('../../server/db/schema-engine')
await applyMigrations(databaseUrl)
// The setup file's clean-up drops its database through this client's module; it keeps the
// shared URL, so ours is read straight from the environment set above.
const { db } = await import('../../server/db/client')
const { seedNodePool } = await import('../factories/nodes')
const { createTestUser } = await import('../factories/users')
const { createTestResourceGroup } = await import('../factories/resource-groups')
const { createSmallGroups, expectEachStartedOnce, waitForAllRunning } = await import('./support/deployments')
const { arm, tokenFor } = await import('./support/arm-client')

// The children's heartbeat timeout; the outage below lasts longer than it.
const HEARTBEAT_TIMEOUT_MS = 4_000
const LEASE_RENEW_MS = 500
const CHILD_ENV = {
  DATABASE_URL: databaseUrl,
  CERULEAN_STAGE_DELAY_SCALE: '0.05',
  CERULEAN_RECONCILE_EVERY_MS: '1000',
  CERULEAN_NODE_LEASE_MS: '3000',
  CERULEAN_NODE_LEASE_RENEW_MS: String(LEASE_RENEW_MS),
  CERULEAN_NODE_HEARTBEAT_TIMEOUT_MS: String(HEARTBEAT_TIMEOUT_MS),
}
const children: TManagedChild[] = []

afterAll(async () => {
  await stopAll(children)
  await db.$disconnect()
  await stopEmbeddedPostgres(postgres)
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true })
  process.env.DATABASE_URL = sharedDatabaseUrl
})

describe('Postgres restarting', () => {
  it('makes the API answer 503 meanwhile, then everything recovers', { timeout: 85_000 }, async () => {
    await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 3, cpuCores: 16, memoryGb: 64, osTypes: ['Linux'] })
    const owner = await createTestUser()
    await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
    const token = await tokenFor(owner.principal)
    children.push(...(await Promise.all([spawnEntry('controller', CHILD_ENV), spawnEntry('agent', CHILD_ENV)])))
    const create = (prefix: string) => createSmallGroups({ owner, prefix, count: 15 })
    const allRunning = (ids: string[], description: string) => waitForAllRunning(ids, { description, timeoutMs: 30_000, intervalMs: 200 })
    const groupPath = `/subscriptions/${owner.subscription.id}/resourceGroups/myresourcegroup/providers/Microsoft.ContainerInstance/containerGroups/before-0`

    const before = await create('before')
    await allRunning(before, 'the first groups Running')
    expect((await arm('GET', groupPath, { token })).status).toBe(200)

    await stopEmbeddedPostgres(postgres)
    const down = await arm('GET', groupPath, { token })
    expect(down.status).toBe(503)
    expect(down.body).toEqual({ error: { code: 'ServiceUnavailable', message: expect.stringContaining('database') } })
    // Longer than the children's heartbeat timeout (plus a couple of renewals): no agent can write
    // a heartbeat meanwhile, so every heartbeat is stale when Postgres returns.
    await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_TIMEOUT_MS + 2 * LEASE_RENEW_MS))

    postgres = await startEmbeddedPostgres({ dataDir, database: 'cerulean', port })
    await waitFor(async () => (await arm('GET', groupPath, { token })).status === 200, { description: 'the API answering again', timeoutMs: 15_000, intervalMs: 250 })
    const after = await create('after')
    await allRunning(after, 'the groups created after the restart Running')

    const ids = [...before, ...after]
    await expectEachStartedOnce(ids)
    expect(await db.node.count({ where: { state: 'NotReady' } })).toBe(0)
  })
})
