'use server'
import { z } from 'zod'
import { portalAction } from '@/server/auth/portal-action'
import { startResourceGroupDeletion } from '@/server/resourcegroups/start-resource-group-deletion'

const ZResourceGroupTarget = z.object({ subscriptionId: z.string().min(1), resourceGroupName: z.string().min(1) })

// The same long-running deletion as ARM's DELETE: accepted here, carried out by the worker.
export const deleteResourceGroupAction = portalAction(ZResourceGroupTarget, async ({ principal, input }) => {
  const { operation } = await startResourceGroupDeletion({ principal, subscriptionId: input.subscriptionId, resourceGroupName: input.resourceGroupName })
  return { operationId: operation.id }
})
