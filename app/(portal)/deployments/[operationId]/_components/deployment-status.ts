import type { TOperationView } from '@/server/containergroups/get-operation-or-throw'

export type TDeploymentOutcome = 'InProgress' | 'Succeeded' | 'Failed'

/**
 * The page's headline. The control plane closes operations, but if a group has settled while
 * its operation row is still open, the group's provisioning state is the answer.
 */
export function deploymentOutcome({ operation, containerGroup }: TOperationView): TDeploymentOutcome {
  if (operation.status === 'Succeeded') return 'Succeeded'
  if (operation.status === 'Failed' || operation.status === 'Canceled') return 'Failed'
  if (!containerGroup && operation.kind !== 'delete') return 'Failed'
  if (containerGroup?.provisioningState === 'Succeeded') return 'Succeeded'
  if (containerGroup?.provisioningState === 'Failed') return 'Failed'
  return 'InProgress'
}

/** Azure names portal deployments after the offer and the moment they started. */
export function deploymentName(startTime: Date): string {
  const stamp = startTime.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  return `Microsoft.ContainerInstances-${stamp}`
}
