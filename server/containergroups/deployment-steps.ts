// The deployment page's "live progress of each step", derived from the operation and the
// group's observed state. Pure: the page polls getOperationOrThrow and renders these as-is.

export type TStepStatus = 'NotStarted' | 'InProgress' | 'Succeeded' | 'Failed'
export type TDeploymentStep = { name: string; status: TStepStatus; detail?: string }

type TStepInput = {
  operation: { status: string; error: unknown }
  containerGroup: {
    provisioningState: string
    placement: { node: { name: string } } | null
    containers: Array<{ name: string; image: string; lifecycleStage: string }>
  } | null
}

const STAGE_ORDER = ['Waiting', 'Pulling', 'Pulled', 'Created', 'Running', 'Terminated']

function reached(stage: string, target: string): boolean {
  const index = STAGE_ORDER.indexOf(stage)
  return index >= 0 && index >= STAGE_ORDER.indexOf(target)
}

export function deploymentSteps({ operation, containerGroup }: TStepInput): TDeploymentStep[] {
  const steps: TDeploymentStep[] = [{ name: 'Validate and accept the request', status: 'Succeeded' }]
  const finalStatus = (fallback: TStepStatus): TStepStatus => (operation.status === 'Succeeded' ? 'Succeeded' : fallback)
  const errorCode = (operation.error as { code?: string } | null)?.code
  if (!containerGroup) {
    steps.push({ name: 'Deploy the container group', status: operation.status === 'Succeeded' ? 'Succeeded' : operation.status === 'Pending' ? 'InProgress' : 'Failed' })
    return steps
  }
  const placed = containerGroup.placement !== null || containerGroup.containers.some((c) => c.lifecycleStage !== 'Waiting')
  steps.push({
    name: 'Allocate capacity on a node',
    status: placed ? 'Succeeded' : errorCode === 'ServiceUnavailable' ? 'Failed' : operation.status === 'Pending' ? 'InProgress' : finalStatus('NotStarted'),
    detail: containerGroup.placement?.node.name,
  })
  for (const container of containerGroup.containers) {
    const stage = container.lifecycleStage
    const pulled = reached(stage, 'Pulled')
    steps.push({
      name: `Pull image ${container.image}`,
      status: stage === 'Failed' ? 'Failed' : pulled ? 'Succeeded' : stage === 'Pulling' ? 'InProgress' : 'NotStarted',
    })
    steps.push({
      name: `Start container ${container.name}`,
      status: reached(stage, 'Running') ? 'Succeeded' : pulled ? 'InProgress' : 'NotStarted',
    })
  }
  return steps
}
