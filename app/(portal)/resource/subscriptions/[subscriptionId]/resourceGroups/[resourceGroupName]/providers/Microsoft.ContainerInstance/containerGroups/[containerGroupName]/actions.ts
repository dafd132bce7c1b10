'use server'
import { z } from 'zod'
import { portalAction } from '@/server/auth/portal-action'
import { deleteContainerGroup } from '@/server/containergroups/delete-container-group'
import { restartContainerGroup } from '@/server/containergroups/restart-container-group'
import { startContainerGroup } from '@/server/containergroups/start-container-group'
import { stopContainerGroup } from '@/server/containergroups/stop-container-group'

// The id alone is enough: every domain function re-reads the group scoped to the caller.
const ZContainerGroupTarget = z.object({ containerGroupId: z.string().min(1) })

export const startContainerGroupAction = portalAction(ZContainerGroupTarget, async ({ principal, input }) => {
  const { operation } = await startContainerGroup({ principal, containerGroupId: input.containerGroupId })
  return { operationId: operation?.id ?? null }
})

export const stopContainerGroupAction = portalAction(ZContainerGroupTarget, async ({ principal, input }) => {
  await stopContainerGroup({ principal, containerGroupId: input.containerGroupId })
  return { stopped: true }
})

export const restartContainerGroupAction = portalAction(ZContainerGroupTarget, async ({ principal, input }) => {
  await restartContainerGroup({ principal, containerGroupId: input.containerGroupId })
  return { restarted: true }
})

export const deleteContainerGroupAction = portalAction(ZContainerGroupTarget, async ({ principal, input }) => {
  await deleteContainerGroup({ principal, containerGroupId: input.containerGroupId })
  return { deleted: true }
})
