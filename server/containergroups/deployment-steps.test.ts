import { describe, expect, it } from 'vitest'
import { deploymentSteps } from './deployment-steps'

const container = (lifecycleStage: string) => ({ name: 'web', image: 'img', lifecycleStage })

describe('deploymentSteps', () => {
  it('shows allocation in progress while the group waits for a node', () => {
    const steps = deploymentSteps({ operation: { status: 'Pending', error: null }, containerGroup: { provisioningState: 'Pending', placement: null, containers: [container('Waiting')] } })
    expect(steps.map((s) => s.status)).toEqual(['Succeeded', 'InProgress', 'NotStarted', 'NotStarted'])
  })

  it('follows the container through pulling and starting', () => {
    const placement = { node: { name: 'aci-eastus-linux-000' } }
    const pulling = deploymentSteps({ operation: { status: 'Pending', error: null }, containerGroup: { provisioningState: 'Creating', placement, containers: [container('Pulling')] } })
    expect(pulling.map((s) => s.status)).toEqual(['Succeeded', 'Succeeded', 'InProgress', 'NotStarted'])
    expect(pulling[1].detail).toBe('aci-eastus-linux-000')
    const done = deploymentSteps({ operation: { status: 'Succeeded', error: null }, containerGroup: { provisioningState: 'Succeeded', placement, containers: [container('Running')] } })
    expect(done.every((s) => s.status === 'Succeeded')).toBe(true)
  })

  it('marks allocation Failed when no node had room', () => {
    const steps = deploymentSteps({
      operation: { status: 'Failed', error: { code: 'ServiceUnavailable', message: 'no room' } },
      containerGroup: { provisioningState: 'Failed', placement: null, containers: [container('Waiting')] },
    })
    expect(steps[1].status).toBe('Failed')
  })
})
