'use server'
import { z } from 'zod'
import { portalAction } from '@/server/auth/portal-action'
import { deleteResourceGroup } from '@/server/resourcegroups/delete-resource-group'

const ZResourceGroupTarget = z.object({ subscriptionId: z.string().min(1), resourceGroupName: z.string().min(1) })

export const deleteResourceGroupAction = portalAction(ZResourceGroupTarget, async ({ principal, input }) => {
  await deleteResourceGroup({ principal, subscriptionId: input.subscriptionId, resourceGroupName: input.resourceGroupName })
  return { deleted: true }
})
