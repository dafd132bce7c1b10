'use server'
import { portalAction } from '@/server/auth/portal-action'
import { addNodes } from '@/server/nodes/add-nodes'
import { cordonNode } from '@/server/nodes/cordon-node'
import { drainNode } from '@/server/nodes/drain-node'
import { failNode } from '@/server/nodes/fail-node'
import { recoverNode } from '@/server/nodes/recover-node'
import { ZAddNodesInput, ZNodeNameInput } from '@/server/nodes/schemas'
import { uncordonNode } from '@/server/nodes/uncordon-node'

// Each domain function checks that the caller administers the node pool.
export const addNodesAction = portalAction(ZAddNodesInput, async ({ principal, input }) => addNodes({ principal, input }))
export const cordonNodeAction = portalAction(ZNodeNameInput, async ({ principal, input }) => {
  await cordonNode({ principal, nodeName: input.nodeName })
})
export const uncordonNodeAction = portalAction(ZNodeNameInput, async ({ principal, input }) => {
  await uncordonNode({ principal, nodeName: input.nodeName })
})
export const drainNodeAction = portalAction(ZNodeNameInput, async ({ principal, input }) => {
  const { evicted } = await drainNode({ principal, nodeName: input.nodeName })
  return { evicted }
})
export const failNodeAction = portalAction(ZNodeNameInput, async ({ principal, input }) => {
  await failNode({ principal, nodeName: input.nodeName })
})
export const recoverNodeAction = portalAction(ZNodeNameInput, async ({ principal, input }) => {
  await recoverNode({ principal, nodeName: input.nodeName })
})
