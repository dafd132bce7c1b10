// Incidents on purpose and programs that really exit: busybox with a shell command under each
// restart policy, the fault tags (pull failure, crash loop, OOM kill), the node's image cache,
// nginx behind the gateway, and logs kept per instance across restarts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { getContainerGroupEvents } from '../../server/containergroups/get-container-group-events'
import { readLogLines } from '../../server/logs/read-log-lines'
import { serveHttpRequest } from '../../server/runtime/serve-http-request'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { startInProcessWorker } from './support/in-process-worker'
import { waitForGroup } from './support/control-plane'
import { waitFor } from './support/wait-for'

let owner: Awaited<ReturnType<typeof createTestUser>>
let worker: ReturnType<typeof startInProcessWorker>

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 1, cpuCores: 16, memoryGb: 64, osTypes: ['Linux'] })
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
  worker = startInProcessWorker()
})

afterAll(async () => {
  await worker.stop()
})

type TInput = Parameters<typeof containerGroupInput>[0] & { command?: string[]; tags?: Record<string, string> }

async function create({ command = [], tags = {}, ...input }: TInput) {
  const base = containerGroupInput({ dnsNameLabelScope: 'TenantReuse', ...input })
  const { containerGroup } = await createContainerGroup({
    principal: owner.principal,
    subscriptionId: owner.subscription.id,
    input: { ...base, tags, containers: base.containers.map((c) => ({ ...c, command })) },
  })
  return containerGroup
}

const events = (group: { events: Array<{ name: string; count: number }> }) => Object.fromEntries(group.events.map((e) => [e.name, e.count]))

describe('busybox with a shell command', () => {
  it('restarts a failing command under OnFailure, keeping the previous instance’s log', async () => {
    const created = await create({ name: 'onfailure', image: 'busybox:1.36', restartPolicy: 'OnFailure', command: ['/bin/sh', '-c', 'echo "run on $HOSTNAME"; echo $GREETING; exit 3'], environmentVariables: [{ name: 'GREETING', value: 'hi' }] })
    const group = await waitForGroup(created.id, (g) => g.containers[0].restartCount >= 2 && g.containers[0].lifecycleStage === 'Terminated', 'two restarts')
    const [container] = group.containers
    expect(container.previousState).toMatchObject({ state: 'Terminated', exitCode: 3, detailStatus: 'Error' })
    expect(group.state).toBe('Running')
    const counts = events(group)
    expect(counts.Started).toBeGreaterThanOrEqual(3)
    expect(counts.Killing).toBeGreaterThanOrEqual(2)
    expect(counts.BackOff).toBeGreaterThanOrEqual(2)
    const backOff = group.events.find((e) => e.name === 'BackOff')!
    expect(backOff.lastTimestamp.getTime()).toBeGreaterThan(backOff.firstTimestamp.getTime())

    const current = await waitFor(async () => {
      const lines = await readLogLines({ containerGroupId: group.id, containerName: 'onfailure' })
      return lines.length === 2 ? lines : null
    }, { description: 'current instance log' })
    expect(current[0].line).toMatch(/^run on SandboxHost-\d{18}$/)
    expect(current[1].line).toBe('hi')
    const previous = await readLogLines({ containerGroupId: group.id, containerName: 'onfailure', instance: 'previous' })
    expect(previous.map((l) => l.line)).toEqual(current.map((l) => l.line))
  })

  it('ends Failed under Never, and Succeeded for exit 0', async () => {
    const failing = await create({ name: 'never-fails', image: 'alpine:3.21', restartPolicy: 'Never', command: ['sh', '-c', 'for i in 1 2 3; do echo $i; sleep 1; done; exit 2'] })
    const passing = await create({ name: 'never-passes', image: 'docker.io/library/alpine', restartPolicy: 'Never' })
    const failed = await waitForGroup(failing.id, (g) => g.state === 'Failed', 'group Failed')
    expect(failed.containers[0]).toMatchObject({ lifecycleStage: 'Terminated', restartCount: 0, currentState: { state: 'Terminated', exitCode: 2, detailStatus: 'Error' } })
    expect((await readLogLines({ containerGroupId: failed.id, containerName: 'never-fails' })).map((l) => l.line)).toEqual(['1', '2', '3'])
    const succeeded = await waitForGroup(passing.id, (g) => g.state === 'Succeeded', 'group Succeeded')
    expect(succeeded.containers[0].currentState).toMatchObject({ exitCode: 0, detailStatus: 'Completed' })
    expect(succeeded.placement).toBeNull()
  })
})

describe('fault tags', () => {
  it('pull-failure: Failed and BackOff events, a Waiting container and an InaccessibleImage operation', async () => {
    const created = await create({ name: 'pullfail', image: 'nginx:1.27', tags: { 'cerulean.io/fault': 'pull-failure' } })
    const group = await waitForGroup(created.id, (g) => g.provisioningState === 'Failed', 'group Failed')
    expect(group.containers[0].currentState).toEqual({ state: 'Waiting', detailStatus: 'ImagePullBackOff' })
    expect(group.events.map((e) => [e.name, e.type])).toEqual([
      ['Pulling', 'Normal'],
      ['Failed', 'Warning'],
      ['BackOff', 'Normal'],
    ])
    expect(group.events[2].message).toBe('Back-off pulling image "nginx:1.27"')
    expect(group.operations[0]).toMatchObject({ status: 'Failed', error: { code: 'InaccessibleImage' } })
  })

  it('crash-loop: a server exits non-zero again and again, restarted with back-off', async () => {
    const created = await create({ name: 'crashy', tags: { 'cerulean.io/fault': 'crash-loop', 'cerulean.io/fault-exit-code': '42' } })
    const group = await waitForGroup(created.id, (g) => g.containers[0].restartCount >= 2, 'two restarts')
    expect(group.containers[0].previousState).toMatchObject({ state: 'Terminated', exitCode: 42, detailStatus: 'Error' })
    const visible = await getContainerGroupEvents({ principal: owner.principal, containerGroupId: group.id, containerName: 'crashy' })
    const started = visible.find((e) => e.name === 'Started')
    expect(started?.count).toBeGreaterThanOrEqual(2)
    const previous = await readLogLines({ containerGroupId: group.id, containerName: 'crashy', instance: 'previous' })
    expect(previous.map((l) => l.line)).toEqual(['listening on port 80', 'panic: simulated crash (cerulean.io/fault=crash-loop), exiting with 42'])
  })

  it('oom-kill: terminated with 137 and OOMKilled', async () => {
    const created = await create({ name: 'hungry', image: 'nginx', restartPolicy: 'Never', tags: { 'cerulean.io/fault': 'oom-kill', 'cerulean.io/fault-after-seconds': '1' } })
    const group = await waitForGroup(created.id, (g) => g.state === 'Failed', 'group Failed')
    expect(group.containers[0].currentState).toMatchObject({ state: 'Terminated', exitCode: 137, detailStatus: 'OOMKilled' })
  })
})

describe('images on the node and nginx', () => {
  it('pulls an image once per node, then finds it already present', async () => {
    const first = await waitForGroup((await create({ name: 'nginx-one', image: 'nginx:1.27', dnsNameLabel: 'nginx-demo' })).id, (g) => g.state === 'Running', 'first Running')
    expect(first.events.find((e) => e.name === 'Pulled')?.message).toMatch(/^Successfully pulled image "nginx:1\.27" in \d+\.\ds$/)
    const second = await waitForGroup((await create({ name: 'nginx-two', image: 'docker.io/library/nginx:1.27' })).id, (g) => g.state === 'Running', 'second Running')
    expect(second.events.map((e) => [e.name, e.message])).toContainEqual(['Pulled', 'Container image "docker.io/library/nginx:1.27" already present on machine'])
    expect(second.events.some((e) => e.name === 'Pulling')).toBe(false)

    const response = await serveHttpRequest({ host: first.fqdn!, request: { method: 'GET', url: '/', httpVersion: '1.1', remoteAddress: '::ffff:10.240.255.55', userAgent: 'curl/8.5.0' } })
    expect(response.status).toBe(200)
    expect(response.body).toContain('<title>Welcome to nginx!</title>')
    expect(response.headers.server).toMatch(/^nginx\//)
    const lines = await waitFor(async () => {
      const all = await readLogLines({ containerGroupId: first.id, containerName: 'nginx-one' })
      return all.some((l) => l.line.includes('"GET / HTTP/1.1"')) ? all : null
    }, { description: 'nginx access log' })
    expect(lines[0].line).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration')
    expect(lines.at(-1)?.line).toMatch(/^10\.240\.255\.55 - - \[[^\]]+\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"$/)
  })
})
