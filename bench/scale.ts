// npm run bench:scale – one node agent process holding 5,000 nodes and 100,000 container groups
// with zero simulated pull time: the agent's peak resident memory (goal ≤ 1 GB) and the time
// from its start until every group is Running. Prints the figures, then one JSON line.
//   npm run bench:scale [-- --nodes 5000 --groups 100000]
//
// How the groups are made: not through createContainerGroup one by one (100,000 calls with
// their auth, quota and per-request transactions would take minutes before the agent even
// starts, and would measure the API, which bench:api and bench:scheduler do). Instead the
// quickstart input is validated once with the same zod schema the API uses
// (ZCreateContainerGroupInput) and the rows createContainerGroup would write (group Pending,
// its container, its create operation) are inserted in set-based statements. Placements are
// also written in bulk, spread evenly over each region's nodes with the nodes' allocation
// updated to match (what reservePlacement would leave behind; bench:scheduler measures the
// scheduler itself). What is measured is the agent alone: it takes every node by lease, loads
// every placed group and walks each container Waiting → Pulling → Pulled → Created → Running,
// with its events, settling each group Running/Succeeded and its operation Succeeded.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { Redis } from 'ioredis'

const root = path.resolve(import.meta.dirname, '..')
const argument = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const NODES = argument('--nodes', 5_000)
const GROUPS = argument('--groups', 100_000)
const REGIONS = ['eastus', 'westus', 'westeurope', 'northeurope', 'southeastasia']

const suffix = randomBytes(4).toString('hex')
const adminUrl = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
adminUrl.pathname = '/postgres'
const databaseUrl = new URL(adminUrl)
databaseUrl.pathname = `/cerulean_bench_scale_${suffix}`
const redisPrefix = `bench-scale-${suffix}`
process.env.DATABASE_URL = databaseUrl.toString()
process.env.REDIS_PREFIX = redisPrefix

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function readKb(pid: number, field: string): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10

await admin(`CREATE DATABASE "cerulean_bench_scale_${suffix}"`)
const { applyMigrations } = await import('../server/db/schema-engine')
await applyMigrations(databaseUrl.toString())
const { db } = await import('../server/db/client')
const { signUp } = await import('../server/auth/sign-up')
const { createResourceGroup } = await import('../server/resourcegroups/create-resource-group')
const { ZCreateContainerGroupInput } = await import('../server/containergroups/schemas')
const { nodeName } = await import('../server/nodes/node-name')

let agent: ReturnType<typeof spawn> | undefined
try {
  console.log(`bench:scale – ${NODES.toLocaleString('en-US')} nodes, ${GROUPS.toLocaleString('en-US')} container groups, one node agent, zero pull time`)
  const setupStarted = performance.now()
  const perRegion = Math.ceil(NODES / REGIONS.length)
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    name: nodeName(REGIONS[i % REGIONS.length], 'Linux', Math.floor(i / REGIONS.length)),
    region: REGIONS[i % REGIONS.length],
    osType: 'Linux',
    cpuCapacityMillicores: 16_000,
    memoryCapacityMb: 65_536,
  }))
  for (let i = 0; i < nodes.length; i += 1_000) await db.node.createMany({ data: nodes.slice(i, i + 1_000) })

  const { user, subscription } = await signUp({ input: { email: `bench-${suffix}@example.com`, password: 'correct horse battery staple' } })
  const principal = { id: user.id, tenantId: user.tenantId, type: 'User' as const }
  const { resourceGroup } = await createResourceGroup({ principal, subscriptionId: subscription.id, input: { name: 'scale', location: 'eastus' } })
  const template = ZCreateContainerGroupInput.parse({
    resourceGroupName: 'scale',
    name: 'scale',
    location: 'eastus',
    osType: 'Linux',
    containers: [{ name: 'scale', image: 'mcr.microsoft.com/azuredocs/aci-helloworld:latest', cpu: 0.5, memoryInGB: 0.5, ports: [{ port: 80, protocol: 'TCP' }] }],
  })
  const [container] = template.containers
  const cpuMillicores = Math.round(container.cpu * 1000)
  const memoryMb = Math.round(container.memoryInGB * 1024)
  const regions = `ARRAY[${REGIONS.map((r) => `'${r}'`).join(',')}]`
  await db.$executeRawUnsafe(`
    INSERT INTO "ContainerGroup" (id, "subscriptionId", "resourceGroupId", name, location, "osType", sku, "restartPolicy", ports, tags, "cpuMillicores", "memoryMb", "provisioningState", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'scale-' || i, (${regions})[1 + i % ${REGIONS.length}], 'Linux', 'Standard', $3, '[]', '{}', $4, $5, 'Creating', now()
    FROM generate_series(0, ${GROUPS - 1}) AS i`, subscription.id, resourceGroup.id, template.restartPolicy, cpuMillicores, memoryMb)
  await db.$executeRawUnsafe(`
    INSERT INTO "Container" (id, "containerGroupId", ordinal, name, image, command, ports, "environmentVariables", cpu, "memoryInGB")
    SELECT gen_random_uuid(), g.id, 0, $2, $3, '[]', $4::jsonb, '[]', $5, $6 FROM "ContainerGroup" g WHERE g."subscriptionId" = $1::uuid`,
  subscription.id, container.name, container.image, JSON.stringify(container.ports), container.cpu, container.memoryInGB)
  await db.$executeRawUnsafe(`
    INSERT INTO "Operation" (id, kind, "subscriptionId", "containerGroupId", "resourceId", location)
    SELECT gen_random_uuid(), 'create', g."subscriptionId", g.id, '/subscriptions/' || g."subscriptionId" || '/resourceGroups/scale/providers/Microsoft.ContainerInstance/containerGroups/' || g.name, g.location
    FROM "ContainerGroup" g WHERE g."subscriptionId" = $1::uuid`, subscription.id)
  await db.$executeRawUnsafe(`
    WITH g AS (SELECT id, location, "cpuMillicores", "memoryMb", row_number() OVER (PARTITION BY location ORDER BY id) - 1 AS rn FROM "ContainerGroup"),
         n AS (SELECT id, region, row_number() OVER (PARTITION BY region ORDER BY name) - 1 AS rn, count(*) OVER (PARTITION BY region) AS cnt FROM "Node")
    INSERT INTO "Placement" (id, "containerGroupId", "nodeId", "cpuMillicores", "memoryMb", generation)
    SELECT gen_random_uuid(), g.id, n.id, g."cpuMillicores", g."memoryMb", 1 FROM g JOIN n ON n.region = g.location AND n.rn = g.rn % n.cnt`)
  await db.$executeRawUnsafe(`
    UPDATE "Node" n SET "cpuAllocatedMillicores" = t.cpu, "memoryAllocatedMb" = t.memory
    FROM (SELECT "nodeId", SUM("cpuMillicores")::int AS cpu, SUM("memoryMb")::int AS memory FROM "Placement" GROUP BY "nodeId") t WHERE n.id = t."nodeId"`)
  await db.$executeRawUnsafe('VACUUM ANALYZE')
  const setupMs = performance.now() - setupStarted
  console.log(`  setup (bulk insert and placement): ${seconds(setupMs)} s, ${perRegion} nodes per region`)

  const { NODE_OPTIONS: _ignored, ...inherited } = process.env
  const started = performance.now()
  agent = spawn(process.execPath, ['--import', 'tsx', 'workers/node-agent.ts'], {
    cwd: root,
    env: { ...inherited, CERULEAN_STAGE_DELAY_SCALE: '0', CERULEAN_NODE_LEASE_MS: '30000', CERULEAN_NODE_LEASE_RENEW_MS: '5000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  agent.stdout!.on('data', (chunk: Buffer) => process.stdout.write(`  [agent] ${chunk}`))
  agent.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`  [agent] ${chunk}`))
  const pid = agent.pid!
  let peakRssKb = 0
  let running = 0
  let lastPrint = 0
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    if (agent.exitCode !== null) throw new Error(`the agent exited (${agent.exitCode})`)
    peakRssKb = Math.max(peakRssKb, readKb(pid, 'VmHWM'), readKb(pid, 'VmRSS'))
    running = await db.containerGroup.count({ where: { state: 'Running', provisioningState: 'Succeeded' } })
    const elapsed = performance.now() - started
    if (elapsed - lastPrint >= 10_000 || running === GROUPS) {
      lastPrint = elapsed
      console.log(`  ${seconds(elapsed)} s: ${running.toLocaleString('en-US')} Running, agent RSS ${Math.round(readKb(pid, 'VmRSS') / 1024)} MB`)
    }
    if (running === GROUPS) break
    if (elapsed > 30 * 60_000) throw new Error(`gave up after 30 minutes with ${running} groups Running`)
  }
  const toAllRunningMs = performance.now() - started
  const [{ mismatches }] = await db.$queryRaw<{ mismatches: number }[]>`
    SELECT COUNT(*)::int AS mismatches FROM (
      SELECT n.id FROM "Node" n LEFT JOIN "Placement" p ON p."nodeId" = n.id GROUP BY n.id
      HAVING n."cpuAllocatedMillicores" <> COALESCE(SUM(p."cpuMillicores"), 0)) AS m`
  const events = await db.event.count()
  const peakRssMb = Math.round(peakRssKb / 1024)
  console.log('')
  console.log(`  agent peak RSS:          ${peakRssMb} MB (goal ≤ 1024 MB)`)
  console.log(`  agent start → all Running: ${seconds(toAllRunningMs)} s (${Math.round(GROUPS / (toAllRunningMs / 1000)).toLocaleString('en-US')} groups/s)`)
  console.log(`  events written:          ${events.toLocaleString('en-US')}; nodes whose allocation ≠ placements: ${mismatches}`)
  console.log(JSON.stringify({ nodes: NODES, groups: GROUPS, agentPeakRssMb: peakRssMb, toAllRunningMs: Math.round(toAllRunningMs), groupsPerSec: Math.round(GROUPS / (toAllRunningMs / 1000)), setupMs: Math.round(setupMs), events, allocationMismatches: mismatches }))
} finally {
  if (agent && agent.exitCode === null) {
    const exited = new Promise((resolve) => agent!.once('exit', resolve))
    agent.kill('SIGTERM')
    await exited
  }
  await db.$disconnect()
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null })
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000)
    if (keys.length) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
  redis.disconnect()
  await admin(`DROP DATABASE IF EXISTS "cerulean_bench_scale_${suffix}" WITH (FORCE)`)
}
process.exit(0)
