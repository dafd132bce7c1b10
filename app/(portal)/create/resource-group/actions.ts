'use server'
import { z } from 'zod'
import { portalAction } from '@/server/auth/portal-action'
import { createResourceGroup, ZCreateResourceGroupInput } from '@/server/resourcegroups/create-resource-group'

const ZCreateResourceGroupFormInput = ZCreateResourceGroupInput.extend({ subscriptionId: z.string().min(1, 'Select a subscription.') })

export const createResourceGroupAction = portalAction(ZCreateResourceGroupFormInput, async ({ principal, input }) => {
  const { subscriptionId, ...rest } = input
  const { resourceGroup, created } = await createResourceGroup({ principal, subscriptionId, input: rest })
  return { subscriptionId: resourceGroup.subscriptionId, name: resourceGroup.name, created }
})
