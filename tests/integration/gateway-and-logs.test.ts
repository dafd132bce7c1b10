// Opening a group's FQDN is answered by its simulated image, and the request appears in the
// container's log stream, live, for a follower that was already listening.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '../../server/db/client'
import { createContainerGroup } from '../../server/containergroups/create-container-group'
import { stopContainerGroup } from '../../server/containergroups/stop-container-group'
import { followLogLines } from '../../server/logs/follow-log-lines'
import { appendLogLines, maxEntriesFor } from '../../server/logs/append-log-lines'
import { readLogLines } from '../../server/logs/read-log-lines'
import { serveHttpRequest } from '../../server/runtime/serve-http-request'
import { seedNodePool } from '../factories/nodes'
import { createTestUser } from '../factories/users'
import { createTestResourceGroup } from '../factories/resource-groups'
import { containerGroupInput } from '../factories/container-groups'
import { startInProcessWorker } from './support/in-process-worker'
import { waitForGroup } from './support/control-plane'

let owner: Awaited<ReturnType<typeof createTestUser>>
let worker: ReturnType<typeof startInProcessWorker>

const browser = {
  method: 'GET',
  url: '/',
  httpVersion: '1.1',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
  remoteAddress: '::ffff:10.240.255.55',
}

beforeAll(async () => {
  await seedNodePool({ client: db, regions: ['eastus'], nodesPerRegion: 1, osTypes: ['Linux'] })
  owner = await createTestUser()
  await createTestResourceGroup({ principal: owner.principal, subscriptionId: owner.subscription.id })
  worker = startInProcessWorker()
})

afterAll(async () => {
  await worker.stop()
})

describe('the FQDN gateway', () => {
  it('serves the hello-world page and logs the request to a live follower', async () => {
    const { containerGroup } = await createContainerGroup({
      principal: owner.principal,
      subscriptionId: owner.subscription.id,
      input: containerGroupInput({ name: 'mycontainer', dnsNameLabel: 'gateway-demo' }),
    })
    const group = await waitForGroup(containerGroup.id, (g) => g.state === 'Running', 'group Running')
    expect(group.fqdn).toMatch(/^gateway-demo\.[a-z][a-z0-9]{15}\.eastus\.aci\.localhost$/)

    const abort = new AbortController()
    const follower = followLogLines({ containerGroupId: group.id, containerName: 'mycontainer', signal: abort.signal, idleMs: 1_000 })
    const seen: string[] = []
    const following = (async () => {
      for await (const batch of follower) {
        seen.push(...batch.map((l) => l.line))
        if (seen.some((line) => line.includes('"GET / HTTP/1.1"'))) break
      }
    })()

    const response = await serveHttpRequest({ host: `${group.fqdn!.toUpperCase()}:3000`, request: browser })
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.body).toContain('<title>Welcome to Azure Container Instances!</title>')

    await following
    abort.abort()
    const length = Buffer.byteLength(response.body)
    const accessLine = seen.find((line) => line.includes('GET / HTTP/1.1'))
    expect(accessLine).toMatch(
      new RegExp(`^::ffff:10\\.240\\.255\\.55 - - \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000\\] "GET / HTTP/1\\.1" 200 ${length} "-" "Mozilla/5\\.0 \\(X11; Linux x86_64\\) Chrome/140\\.0"$`),
    )
    expect(seen[0]).toBe('listening on port 80')

    const missing = await serveHttpRequest({ host: group.fqdn!, request: { ...browser, url: '/nope' } })
    expect(missing.status).toBe(404)
    expect(missing.body).toContain('Cannot GET /nope')
    const lines = await readLogLines({ containerGroupId: group.id, containerName: 'mycontainer', tail: 1 })
    expect(lines[0].line).toContain('"GET /nope HTTP/1.1" 404')

    await stopContainerGroup({ principal: owner.principal, containerGroupId: group.id })
    const stopped = await serveHttpRequest({ host: group.fqdn!, request: browser })
    expect(stopped.status).toBe(404)
  })

  it('answers 404 for a host no group holds', async () => {
    const response = await serveHttpRequest({ host: 'nobody.eastus.aci.localhost:3000', request: browser })
    expect(response.status).toBe(404)
    expect(response.headers['content-type']).toContain('text/plain')
  })
})

describe('log streams', () => {
  it('returns the last N lines in order and stays bounded to about 4 MB', async () => {
    const target = { containerGroupId: '00000000-0000-4000-8000-000000000001', containerName: 'chatty' }
    const line = (n: number) => `${'x'.repeat(180)} line ${n}`
    const bound = maxEntriesFor([line(0)])
    expect(bound * (line(0).length + 24)).toBeLessThanOrEqual(4 * 1024 * 1024)
    const total = bound + 5_000
    for (let start = 0; start < total; start += 5_000) {
      await appendLogLines({ ...target, lines: Array.from({ length: Math.min(5_000, total - start) }, (_, i) => line(start + i)) })
    }
    const tail = await readLogLines({ ...target, tail: 3 })
    expect(tail.map((l) => l.line)).toEqual([line(total - 3), line(total - 2), line(total - 1)])
    expect(Date.parse(tail[0].timestamp)).not.toBeNaN()
    const all = await readLogLines(target)
    expect(all.length).toBeLessThan(total)
    // The bound follows the size of the lines written last, which grow a digit along the way.
    expect(all.length).toBeGreaterThanOrEqual(bound * 0.95)
    expect(all.at(-1)?.line).toBe(line(total - 1))
  })
})
