// The quickstart underneath the portal: create -> scheduled -> Pulling, Pulled, Created, Started
// -> Running, the restart policies, an image that cannot be pulled, and restart in place.
import { describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { deleteContainerGroup } from '../../server/containergroups/delete-container-group'
import { getOperationOrThrow } from '../../server/containergroups/get-operation-or-throw'
import { restartContainerGroup } from '../../server/containergroups/restart-container-group'
import { readLogLines } from '../../server/logs/read-log-lines'
import { WORD_COUNT_IMAGE } from '../factories/container-groups'
import { nodeAllocationMismatches, waitForGroup } from './support/control-plane'
import { withInProcessControlPlane } from './support/in-process-control-plane'
import { waitFor } from './support/wait-for'

const plane = withInProcessControlPlane({ nodesPerRegion: 2, cpuCores: 4, memoryGb: 16 })
const create = plane.create

describe('creating a container group', () => {
  it('places it, walks Pulling -> Pulled -> Created -> Started and ends Running', async () => {
    const { containerGroup, operation } = await create({ name: 'mycontainer', dnsNameLabel: 'quickstart-hello' })
    expect(containerGroup.provisioningState).toBe('Pending')

    const group = await waitForGroup(containerGroup.id, (g) => g.state === 'Running' && g.provisioningState === 'Succeeded', 'group Running')
    const image = 'mcr.microsoft.com/azuredocs/aci-helloworld:latest'
    expect(group.events.map((e) => [e.name, e.message, e.type, e.count])).toEqual([
      ['Pulling', `pulling image "${image}"`, 'Normal', 1],
      ['Pulled', expect.stringMatching(new RegExp(`^Successfully pulled image "${image.replace(/[.:/]/g, '\\$&')}" in \\d+\\.\\ds$`)), 'Normal', 1],
      ['Created', 'Created container mycontainer', 'Normal', 1],
      ['Started', 'Started container mycontainer', 'Normal', 1],
    ])
    const [container] = group.containers
    expect(container.lifecycleStage).toBe('Running')
    expect(container.currentState).toMatchObject({ state: 'Running', detailStatus: '' })
    expect(Date.parse((container.currentState as { startTime: string }).startTime)).not.toBeNaN()

    expect(group.placement).toMatchObject({ cpuMillicores: 1000, memoryMb: 1536, generation: group.generation })
    const node = await db.node.findUniqueOrThrow({ where: { id: group.placement!.nodeId } })
    expect([node.cpuAllocatedMillicores, node.memoryAllocatedMb]).toEqual([1000, 1536])
    expect(await nodeAllocationMismatches()).toEqual([])

    const view = await getOperationOrThrow({ principal: plane.owner.principal, operationId: operation.id })
    expect(view.operation.status).toBe('Succeeded')
    expect(view.operation.endTime).toBeInstanceOf(Date)
    expect(view.steps.every((s) => s.status === 'Succeeded')).toBe(true)
    expect(view.containerGroup?.nodeName).toBe(node.name)

    const logs = await waitFor(async () => {
      const lines = await readLogLines({ containerGroupId: group.id, containerName: 'mycontainer' })
      return lines.length ? lines : null
    }, { description: 'startup log line' })
    expect(logs.map((l) => l.line)).toEqual(['listening on port 80'])
  })

  it('fails an image Cerulean cannot pull, with a Warning event, and keeps nothing reserved', async () => {
    const image = 'docker.io/nobody/does-not-exist:1.0'
    const { containerGroup, operation } = await create({ name: 'badimage', image })
    const group = await waitForGroup(containerGroup.id, (g) => g.provisioningState === 'Failed', 'group Failed')
    expect(group.state).toBe('Failed')
    const failed = group.events.find((e) => e.name === 'Failed')
    expect(failed?.type).toBe('Warning')
    expect(failed?.message).toMatch(/^Failed to pull image "docker\.io\/nobody\/does-not-exist:1\.0": /)
    expect(group.events.map((e) => e.name)).toEqual(['Pulling', 'Failed', 'BackOff'])
    expect(group.placement).toBeNull()
    const finished = await db.operation.findUniqueOrThrow({ where: { id: operation.id } })
    expect(finished.status).toBe('Failed')
    expect(finished.error).toMatchObject({ code: 'InaccessibleImage' })
    expect(await nodeAllocationMismatches()).toEqual([])
  })
})

describe('restart policies with the word-count batch image', () => {
  it('restarts after exit 0 under Always, counting restarts and coalescing events', async () => {
    const { containerGroup } = await create({ name: 'wordcount-always', image: WORD_COUNT_IMAGE, dnsNameLabel: undefined })
    const group = await waitForGroup(containerGroup.id, (g) => g.containers[0].restartCount >= 2, 'two restarts')
    const [container] = group.containers
    expect(container.previousState).toMatchObject({ state: 'Terminated', exitCode: 0, detailStatus: 'Completed' })
    expect(group.state).toBe('Running')
    const started = group.events.filter((e) => e.name === 'Started')
    expect(started).toHaveLength(1)
    expect(started[0].count).toBeGreaterThanOrEqual(2)
    expect(group.events.filter((e) => e.name === 'Pulling')).toEqual([expect.objectContaining({ count: 1 })])

    const logs = await readLogLines({ containerGroupId: group.id, containerName: 'wordcount-always' })
    expect(logs[0].line).toBe("[('the', 990), ('and', 702), ('of', 628), ('to', 610), ('I', 546), ('you', 495), ('a', 453), ('my', 441), ('in', 399), ('HAMLET', 386)]")
    // Deleting ends the crash loop: later restart jobs find no group.
    await deleteContainerGroup({ principal: plane.owner.principal, containerGroupId: group.id })
  })

  it.each(['Never', 'OnFailure'] as const)('ends Succeeded after exit 0 under %s and frees its node', async (restartPolicy) => {
    const name = `wordcount-${restartPolicy.toLowerCase()}`
    const { containerGroup } = await create({ name, image: WORD_COUNT_IMAGE, restartPolicy, environmentVariables: [{ name: 'NumWords', value: '5' }, { name: 'MinLength', value: '8' }] })
    const group = await waitForGroup(containerGroup.id, (g) => g.state === 'Succeeded', 'group Succeeded')
    expect(group.provisioningState).toBe('Succeeded')
    const [container] = group.containers
    expect(container.restartCount).toBe(0)
    expect(container.currentState).toMatchObject({ state: 'Terminated', exitCode: 0, detailStatus: 'Completed' })
    expect(group.placement).toBeNull()
    const logs = await readLogLines({ containerGroupId: group.id, containerName: name })
    expect(logs.map((l) => l.line)).toEqual(["[('CLAUDIUS', 120), ('POLONIUS', 113), ('GERTRUDE', 82), ('ROSENCRANTZ', 69), ('GUILDENSTERN', 54)]"])
    expect(await nodeAllocationMismatches()).toEqual([])
  })
})

describe('restart', () => {
  it('restarts a running group in place on the same node', async () => {
    const { containerGroup } = await create({ name: 'restart-me' })
    const running = await waitForGroup(containerGroup.id, (g) => g.state === 'Running' && g.provisioningState === 'Succeeded', 'group Running')
    const { operation } = await restartContainerGroup({ principal: plane.owner.principal, containerGroupId: containerGroup.id })
    expect(operation.kind).toBe('restart')
    const restarted = await waitForGroup(
      containerGroup.id,
      (g) => g.generation === running.generation + 1 && g.state === 'Running' && g.provisioningState === 'Succeeded',
      'group Running again',
    )
    expect(restarted.placement?.nodeId).toBe(running.placement?.nodeId)
    expect(restarted.events.find((e) => e.name === 'Killing')?.message).toMatch(/^Killing container with id [0-9a-f]{64}\.$/)
    expect(restarted.events.find((e) => e.name === 'Started')?.count).toBe(2)
    expect((await db.operation.findUniqueOrThrow({ where: { id: operation.id } })).status).toBe('Succeeded')
    expect(await nodeAllocationMismatches()).toEqual([])
  })
})
