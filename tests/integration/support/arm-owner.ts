// The owner most ARM tests act as: a fresh user with resource group rg1 in West Europe, created
// through the API itself. Tests that change `env` (page size, quotas, throttling) get it back after each test.
import { afterEach, beforeAll } from 'vitest'
import { env } from '@/server/env'
import { createTestUser } from '../../factories/users'
import { arm, tokenFor } from './arm-client'

/** Registers the file's beforeAll/afterEach; `token` and `subscriptionId` are set once beforeAll has run. */
export function withArmOwner() {
  const owner = {
    token: '',
    subscriptionId: '',
    resourceGroupPath: () => `/subscriptions/${owner.subscriptionId}/resourceGroups/rg1`,
    containerGroupPath: (name: string) => `${owner.resourceGroupPath()}/providers/Microsoft.ContainerInstance/containerGroups/${name}`,
  }

  beforeAll(async () => {
    const user = await createTestUser()
    owner.token = await tokenFor(user.principal)
    owner.subscriptionId = user.subscription.id
    await arm('PUT', `/subscriptions/${owner.subscriptionId}/resourcegroups/rg1`, { token: owner.token, body: { location: 'westeurope' }, apiVersion: '2021-04-01' })
  })

  const defaults = { ...env }
  afterEach(() => Object.assign(env, defaults))

  return owner
}
