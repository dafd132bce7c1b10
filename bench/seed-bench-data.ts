// The data bench/api.ts loads the API with: a user (tenant, subscription, Owner), one resource
// group, `groups` container groups created through createContainerGroup as the portal and the
// ARM PUT create them, and an access token for the user from the token service's own signer.
// Server modules are imported only here, after bench/api.ts has pointed process.env at the
// bench's database, Redis prefix and data folder (server/env.ts reads it once, on import).
import { randomUUID } from 'node:crypto'
import { sleep } from '../scripts/stack/network'

export type TBenchData = {
  subscriptionId: string
  resourceGroupName: string
  groupNames: string[]
  groupIds: string[]
  accessToken: string
  /** An ARM PUT body equivalent to the seeded groups. */
  armBody: unknown
  seconds: number
  disconnect: () => Promise<void>
}

const RESOURCE_GROUP = 'bench-rg'
const LOCATION = 'eastus'
const PARALLEL_CREATES = 4
// Small requests, so that the seeded groups and the PUT run together fit the seeded node pool.
const CPU = 0.01
const MEMORY_GB = 0.05
const IMAGE = 'mcr.microsoft.com/azuredocs/aci-helloworld:latest'
const CONTAINER = 'app'

export async function seedBenchData({ groups, issuer, dataDir }: { groups: number; issuer: string; dataDir: string }): Promise<TBenchData> {
  const started = performance.now()
  const { signUp } = await import('../server/auth/sign-up')
  const { createResourceGroup } = await import('../server/resourcegroups/create-resource-group')
  const { createContainerGroup } = await import('../server/containergroups/create-container-group')
  const { issueAccessToken } = await import('../server/identity/issue-access-token')
  const { containerGroupInput } = await import('../tests/factories/container-groups')
  const { db } = await import('../server/db/client')
  const { controlPlaneQueue } = await import('../server/jobs/queue')
  const { sharedRedis } = await import('../server/redis')

  const { user, tenant, subscription } = await signUp({ input: { email: `bench-${randomUUID()}@example.test`, password: 'bench-api-password' } })
  const principal = { id: user.id, tenantId: tenant.id, type: 'User' as const }
  await createResourceGroup({ principal, subscriptionId: subscription.id, input: { name: RESOURCE_GROUP, location: LOCATION } })

  // One container named alike in every group, so that the ARM body below re-PUTs any of them unchanged.
  const input = (name: string) => {
    const base = containerGroupInput({ name, resourceGroupName: RESOURCE_GROUP, location: LOCATION, image: IMAGE, cpu: CPU, memoryInGB: MEMORY_GB, environmentVariables: [{ name: 'GREETING', value: 'hello' }] })
    return { ...base, tags: { bench: 'api' }, containers: base.containers.map((c) => ({ ...c, name: CONTAINER })) }
  }
  const groupNames = Array.from({ length: groups }, (_, i) => `bench-${String(i).padStart(4, '0')}`)
  const groupIds: string[] = []
  for (let i = 0; i < groupNames.length; i += PARALLEL_CREATES) {
    const batch = await Promise.all(
      groupNames.slice(i, i + PARALLEL_CREATES).map((name) => createContainerGroup({ principal, subscriptionId: subscription.id, input: input(name) })),
    )
    groupIds.push(...batch.map((b) => b.containerGroup.id))
  }

  // Measured with the workers idle: wait until every group has been placed and started.
  const deadline = Date.now() + 120_000
  for (;;) {
    const pending = await db.containerGroup.count({ where: { subscriptionId: subscription.id, provisioningState: { not: 'Succeeded' } } })
    if (pending === 0) break
    if (Date.now() > deadline) throw new Error(`${pending} of ${groups} bench container groups did not reach Succeeded within 120 s`)
    await sleep(500)
  }

  const { accessToken } = await issueAccessToken({
    subject: { objectId: user.id, tenantId: tenant.id, type: 'user' },
    audience: 'https://management.core.windows.net/',
    issuer,
    version: '1.0',
    dataDir,
  })
  const armBody = {
    location: LOCATION,
    tags: { bench: 'api' },
    properties: {
      osType: 'Linux',
      restartPolicy: 'Always',
      ipAddress: { type: 'Public', ports: [{ port: 80, protocol: 'TCP' }] },
      containers: [
        {
          name: CONTAINER,
          properties: {
            image: IMAGE,
            ports: [{ port: 80, protocol: 'TCP' }],
            environmentVariables: [{ name: 'GREETING', value: 'hello' }],
            resources: { requests: { cpu: CPU, memoryInGB: MEMORY_GB } },
          },
        },
      ],
    },
  }
  return {
    subscriptionId: subscription.id,
    resourceGroupName: RESOURCE_GROUP,
    groupNames,
    groupIds,
    accessToken,
    armBody,
    seconds: (performance.now() - started) / 1000,
    disconnect: async () => {
      await controlPlaneQueue().close()
      sharedRedis().disconnect()
      await db.$disconnect()
    },
  }
}
