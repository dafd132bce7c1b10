// Capacity is reserved atomically and always given back: no room means Failed with nothing
// held, and delete and stop return the node's capacity while start takes it again.
import { describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { deleteContainerGroup } from '../../server/containergroups/delete-container-group'
import { startContainerGroup } from '../../server/containergroups/start-container-group'
import { stopContainerGroup } from '../../server/containergroups/stop-container-group'
import { readLogLines } from '../../server/logs/read-log-lines'
import { scheduleContainerGroup } from '../../server/scheduler/schedule-container-group'
import { agentWriteIsStale, nodeAllocationMismatches, totalAllocation, waitForGroup } from './support/control-plane'
import { withInProcessControlPlane } from './support/in-process-control-plane'

// One small node: 2 vCPU and 4 GiB in East US, nothing anywhere else.
const plane = withInProcessControlPlane({ nodesPerRegion: 1, cpuCores: 2, memoryGb: 4 })
const create = plane.create

async function runningGroup(name: string) {
  const { containerGroup } = await create({ name })
  return waitForGroup(containerGroup.id, (g) => g.state === 'Running' && g.provisioningState === 'Succeeded', `${name} Running`)
}

describe('when no node has room', () => {
  it('fails the deployment with a Warning event and ACI’s message, reserving nothing', async () => {
    const { containerGroup, operation } = await create({ name: 'too-big', cpu: 3, memoryInGB: 1.5 })
    const group = await waitForGroup(containerGroup.id, (g) => g.provisioningState === 'Failed', 'group Failed')
    const message =
      "The requested resource with '3' CPU and '1.5' GB memory is not available in the location 'eastus' at this moment. " +
      'Please retry with a different resource request or in another location.'
    expect(group.state).toBe('Failed')
    expect(group.events.map((e) => [e.name, e.type, e.message])).toEqual([['FailedScheduling', 'Warning', message]])
    expect(group.placement).toBeNull()
    const failed = await db.operation.findUniqueOrThrow({ where: { id: operation.id } })
    expect(failed).toMatchObject({ status: 'Failed', error: { code: 'ServiceUnavailable', message } })
    expect(failed.endTime).toBeInstanceOf(Date)
    expect(await totalAllocation()).toEqual({ cpuMillicores: 0, memoryMb: 0 })
  })

  it('fails in a region without nodes', async () => {
    const { containerGroup } = await create({ name: 'no-nodes-here', location: 'westus' })
    const group = await waitForGroup(containerGroup.id, (g) => g.provisioningState === 'Failed', 'group Failed')
    expect(group.events[0].message).toContain("in the location 'westus'")
    expect(await totalAllocation()).toEqual({ cpuMillicores: 0, memoryMb: 0 })
  })
})

describe('giving capacity back', () => {
  it('delete frees the node, removes the logs and turns queued jobs into no-ops', async () => {
    const group = await runningGroup('delete-me')
    expect(await totalAllocation()).toEqual({ cpuMillicores: 1000, memoryMb: 1536 })
    await deleteContainerGroup({ principal: plane.owner.principal, containerGroupId: group.id })

    expect(await db.containerGroup.findUnique({ where: { id: group.id } })).toBeNull()
    expect(await totalAllocation()).toEqual({ cpuMillicores: 0, memoryMb: 0 })
    expect(await db.placement.count({ where: { containerGroupId: group.id } })).toBe(0)
    expect(await readLogLines({ containerGroupId: group.id, containerName: 'delete-me' })).toEqual([])
    expect(await scheduleContainerGroup({ containerGroupId: group.id, generation: group.generation })).toEqual({ outcome: 'stale' })
    expect(await agentWriteIsStale(group)).toBe(true)
    expect(await totalAllocation()).toEqual({ cpuMillicores: 0, memoryMb: 0 })
  })

  it('stop frees the node and start places the group again', async () => {
    const group = await runningGroup('stop-start')
    const { containerGroup: stopped } = await stopContainerGroup({ principal: plane.owner.principal, containerGroupId: group.id })
    expect(stopped).toMatchObject({ state: 'Stopped', desiredState: 'Stopped', provisioningState: 'Succeeded' })
    expect(await totalAllocation()).toEqual({ cpuMillicores: 0, memoryMb: 0 })
    const afterStop = await waitForGroup(group.id, () => true, 'group')
    expect(afterStop.containers[0]).toMatchObject({ lifecycleStage: 'Stopped', currentState: { state: 'Terminated', detailStatus: 'Stopped' } })
    expect(afterStop.events.map((e) => e.name)).toContain('Killing')
    // An agent still at the stopped generation must not bring it back.
    expect(await agentWriteIsStale(group)).toBe(true)

    const { operation } = await startContainerGroup({ principal: plane.owner.principal, containerGroupId: group.id })
    expect(operation?.kind).toBe('start')
    const started = await waitForGroup(group.id, (g) => g.state === 'Running' && g.provisioningState === 'Succeeded', 'group Running again')
    expect(started.generation).toBeGreaterThan(stopped.generation)
    expect(started.placement?.generation).toBe(started.generation)
    expect(await totalAllocation()).toEqual({ cpuMillicores: 1000, memoryMb: 1536 })
    expect((await db.operation.findUniqueOrThrow({ where: { id: operation!.id } })).status).toBe('Succeeded')

    await deleteContainerGroup({ principal: plane.owner.principal, containerGroupId: group.id })
  })

  it('runs what fits and fails the rest when more groups arrive than the node holds', async () => {
    const created = await Promise.all(Array.from({ length: 5 }, (_, i) => create({ name: `race-${i}`, cpu: 1, memoryInGB: 1 })))
    const settled = await Promise.all(
      created.map(({ containerGroup }) =>
        waitForGroup(containerGroup.id, (g) => (g.state === 'Running' && g.provisioningState === 'Succeeded') || g.provisioningState === 'Failed', 'settled'),
      ),
    )
    expect(settled.filter((g) => g.state === 'Running')).toHaveLength(2)
    expect(settled.filter((g) => g.provisioningState === 'Failed')).toHaveLength(3)
    expect(await totalAllocation()).toEqual({ cpuMillicores: 2000, memoryMb: 2048 })
    expect(await nodeAllocationMismatches()).toEqual([])
  })
})
