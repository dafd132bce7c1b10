// The fixture most control-plane tests share: a node pool, one owner with a resource group, and
// the controller and a node agent running in the test process until the file's tests are done.
import { afterAll, beforeAll } from 'vitest'
import { db } from '../../../server/db/client'
import { createContainerGroup } from '../../../server/containergroups/create-container-group'
import { seedNodePool, type TSeedNodePoolOptions } from '../../factories/nodes'
import { createTestUser } from '../../factories/users'
import { createTestResourceGroup } from '../../factories/resource-groups'
import { containerGroupInput } from '../../factories/container-groups'
import { startInProcessWorker } from './in-process-worker'

type TOwner = Awaited<ReturnType<typeof createTestUser>>

/** Registers the file's beforeAll/afterAll; `owner` is set once beforeAll has run. */
export function withInProcessControlPlane(pool: Pick<TSeedNodePoolOptions, 'nodesPerRegion' | 'cpuCores' | 'memoryGb'>) {
  let worker: ReturnType<typeof startInProcessWorker>
  const plane = {
    owner: undefined as unknown as TOwner,
    create(input: Parameters<typeof containerGroupInput>[0]) {
      return createContainerGroup({ principal: plane.owner.principal, subscriptionId: plane.owner.subscription.id, input: containerGroupInput(input) })
    },
  }

  beforeAll(async () => {
    await seedNodePool({ client: db, regions: ['eastus'], osTypes: ['Linux'], ...pool })
    plane.owner = await createTestUser()
    await createTestResourceGroup({ principal: plane.owner.principal, subscriptionId: plane.owner.subscription.id })
    worker = startInProcessWorker()
  })

  afterAll(async () => {
    await worker.stop()
  })

  return plane
}
