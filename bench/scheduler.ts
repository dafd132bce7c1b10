// npm run bench:scheduler – the scheduler at pool scale: 5,000 simulated nodes, 10,000 container
// groups created through createContainerGroup (the function the portal and the ARM PUT call),
// scheduler processes and a node-agent process running as in production, zero simulated pull
// time. Its own database and Redis prefix; pgbench on the same Postgres in the same run.
//   npm run bench:scheduler [-- --nodes 5000 --groups 10000 --policy binpack --steady 2000
//                              --rate 250 --schedulers 1 --concurrency 32 --keep]
// Two phases over the same pool:
//   steady – groups arrive at a fixed rate with everything running: create→placement and
//            create→Running latencies (a queue that never drains would show up here);
//   burst  – scheduling paused while the rest of the groups are created, then resumed: how fast
//            the schedulers drain a full queue is placementsPerSec.
// The last line printed is one JSON object with every figure.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'
import { Redis } from 'ioredis'
import { peakRssMb, percentile, runPgbench } from './scheduler-measurements'

const root = path.resolve(import.meta.dirname, '..')
const argument = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback)
const NODES = Number(argument('nodes', '5000'))
const GROUPS = Number(argument('groups', '10000'))
const POLICY = argument('policy', 'binpack')
const STEADY_GROUPS = Math.min(GROUPS, Number(argument('steady', '2000')))
const STEADY_RATE = Number(argument('rate', '250'))
const SCHEDULERS = Number(argument('schedulers', '1'))
const CONCURRENCY = Number(argument('concurrency', '32'))
const KEEP = process.argv.includes('--keep')
const CREATE_CONCURRENCY = 12
const SUBSCRIPTIONS = 20
const REGIONS = ['eastus', 'westus2', 'westeurope', 'northeurope', 'southeastasia']
// 8 vCPU / 16 GiB nodes; a request mix around ACI's 1 vCPU / 1.5 GB default.
const NODE_CPU_MILLICORES = 8000
const NODE_MEMORY_MB = 16384
const REQUEST_MIX: Array<[cpu: number, memoryInGB: number, weight: number]> = [
  [1, 1.5, 12],
  [0.5, 1, 4],
  [2, 4, 3],
  [4, 8, 1],
]
const REQUESTS = REQUEST_MIX.flatMap(([cpu, memoryInGB, weight]) => Array.from({ length: weight }, () => ({ cpu, memoryInGB })))

const suffix = randomBytes(4).toString('hex')
const adminUrl = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
adminUrl.pathname = '/postgres'
const databaseUrl = new URL(adminUrl)
databaseUrl.pathname = `/cerulean_bench_scheduler_${suffix}`
const pgbenchUrl = new URL(adminUrl)
pgbenchUrl.pathname = `/cerulean_bench_pgbench_${suffix}`
const redisPrefix = `bench-scheduler-${suffix}`

// Read once by server/env.ts, so set before any server module is imported.
Object.assign(process.env, {
  DATABASE_URL: databaseUrl.toString(),
  REDIS_PREFIX: redisPrefix,
  CERULEAN_STAGE_DELAY_SCALE: '0',
  CERULEAN_SCHEDULER_POLICY: POLICY,
  ACI_QUOTA_CONTAINER_GROUPS: String(GROUPS * 10),
  ACI_QUOTA_STANDARD_CORES: String(GROUPS * 10),
  ARM_THROTTLE_ENABLED: 'false',
})

const log = (line: string) => console.log(`[${(performance.now() / 1000).toFixed(1).padStart(6)} s] ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function admin(sql: string, url = adminUrl) {
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const forward = (data: Buffer) => {
    for (const line of data.toString().split('\n').filter(Boolean)) if (/error|fail|ready/i.test(line)) log(`${name}: ${line.slice(0, 200)}`)
  }
  child.stdout?.on('data', forward)
  child.stderr?.on('data', forward)
  return child
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, sleep(10_000)])
  if (child.exitCode === null) child.kill('SIGKILL')
}

async function main() {
  log(`database ${databaseUrl.pathname.slice(1)}, Redis prefix ${redisPrefix}; ${NODES} nodes, ${GROUPS} groups, policy ${POLICY}`)
  await admin(`CREATE DATABASE "${databaseUrl.pathname.slice(1)}"`)
  const { applyMigrations } = await import('../server/db/schema-engine')
  await applyMigrations(databaseUrl.toString())

  const { db } = await import('../server/db/client')
  const { signUp } = await import('../server/auth/sign-up')
  const { createResourceGroup } = await import('../server/resourcegroups/create-resource-group')
  const { createContainerGroup } = await import('../server/containergroups/create-container-group')
  const { containerGroupInput } = await import('../tests/factories/container-groups')
  const { controlPlaneQueue } = await import('../server/jobs/queue')
  const { sharedRedis } = await import('../server/redis')
  const { getPlacementReport } = await import('../server/scheduler/placement-report')
  const children: ChildProcess[] = []

  try {
    // The pool: NODES Linux nodes spread over the regions.
    const perRegion = Math.ceil(NODES / REGIONS.length)
    const nodes = Array.from({ length: NODES }, (_, i) => ({
      name: `bench-${REGIONS[i % REGIONS.length]}-${String(Math.floor(i / REGIONS.length)).padStart(5, '0')}`,
      region: REGIONS[i % REGIONS.length],
      osType: 'Linux',
      cpuCapacityMillicores: NODE_CPU_MILLICORES,
      memoryCapacityMb: NODE_MEMORY_MB,
    }))
    for (let i = 0; i < nodes.length; i += 1000) await db.node.createMany({ data: nodes.slice(i, i + 1000) })
    log(`seeded ${NODES} nodes (${perRegion} per region, ${NODE_CPU_MILLICORES / 1000} vCPU / ${NODE_MEMORY_MB / 1024} GiB)`)

    // Tenants as the sign-up page makes them; groups are spread over their subscriptions.
    const owners: Array<{ principal: { id: string; tenantId: string; type: 'User' }; subscriptionId: string }> = []
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      const { user, tenant, subscription } = await signUp({ input: { email: `bench-${suffix}-${i}@example.test`, password: 'bench-scheduler-password' } })
      const principal = { id: user.id, tenantId: tenant.id, type: 'User' as const }
      await createResourceGroup({ principal, subscriptionId: subscription.id, input: { name: 'bench-rg', location: 'eastus' } })
      owners.push({ principal, subscriptionId: subscription.id })
    }
    const createGroup = (index: number) => {
      const owner = owners[index % owners.length]
      // Region and size vary independently, so every region gets the whole mix.
      const { cpu, memoryInGB } = REQUESTS[Math.floor(index / REGIONS.length) % REQUESTS.length]
      const input = containerGroupInput({ name: `cg-${String(index).padStart(5, '0')}`, resourceGroupName: 'bench-rg', location: REGIONS[index % REGIONS.length], cpu, memoryInGB })
      return createContainerGroup({ principal: owner.principal, subscriptionId: owner.subscriptionId, input })
    }

    const childEnv = { DATABASE_URL: databaseUrl.toString(), REDIS_PREFIX: redisPrefix, CERULEAN_STAGE_DELAY_SCALE: '0', CERULEAN_SCHEDULER_POLICY: POLICY }
    const agent = start('agent', ['workers/node-agent.ts'], childEnv)
    children.push(agent)
    for (let i = 0; i < SCHEDULERS; i++) {
      children.push(start(`scheduler-${i}`, ['bench/scheduler-worker.ts'], { ...childEnv, BENCH_SCHEDULER_CONCURRENCY: String(CONCURRENCY) }))
    }
    const leased = async () => (await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Node" WHERE "agentId" IS NOT NULL`)[0].count
    const leaseDeadline = Date.now() + 60_000
    while ((await leased()) < NODES) {
      if (Date.now() > leaseDeadline) throw new Error(`the node agent holds only ${await leased()} of ${NODES} nodes after 60 s`)
      await sleep(200)
    }
    log(`node agent (pid ${agent.pid}) holds all ${NODES} nodes; ${SCHEDULERS} scheduler process(es) × concurrency ${CONCURRENCY}`)

    const counts = async (fromIndex: number) => {
      const [row] = await db.$queryRaw<{ placed: number; running: number; failed: number }[]>`
        SELECT count(p.id)::int AS placed, count(*) FILTER (WHERE g.state = 'Running')::int AS running, count(*) FILTER (WHERE g."provisioningState" = 'Failed')::int AS failed
        FROM "ContainerGroup" g LEFT JOIN "Placement" p ON p."containerGroupId" = g.id
        WHERE g.name >= ${`cg-${String(fromIndex).padStart(5, '0')}`}`
      return row
    }
    const waitForAll = async (fromIndex: number, expected: number, what: 'placed' | 'running', timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const row = await counts(fromIndex)
        if (row[what] + row.failed >= expected) return row
        if (Date.now() > deadline) throw new Error(`only ${row[what]} of ${expected} groups ${what} after ${timeoutMs / 1000} s (${row.failed} failed)`)
        await sleep(20)
      }
    }

    // Steady phase: open-loop arrivals at STEADY_RATE per second.
    log(`steady: ${STEADY_GROUPS} groups arriving at ${STEADY_RATE}/s`)
    const steadyStart = performance.now()
    let lateArrivals = 0
    const inFlight = new Set<Promise<unknown>>()
    for (let i = 0; i < STEADY_GROUPS; i++) {
      const due = steadyStart + (i * 1000) / STEADY_RATE
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      else if (wait < -50) lateArrivals++
      const creation: Promise<unknown> = createGroup(i).finally(() => inFlight.delete(creation))
      inFlight.add(creation)
      if (inFlight.size >= CREATE_CONCURRENCY) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    const steadySeconds = (performance.now() - steadyStart) / 1000
    await waitForAll(0, STEADY_GROUPS, 'running', 120_000)
    log(`steady: created in ${steadySeconds.toFixed(1)} s (${(STEADY_GROUPS / steadySeconds).toFixed(0)}/s, ${lateArrivals} late), all placed and Running`)
    const latencies = await db.$queryRaw<{ placeMs: number; runningMs: number | null }[]>`
      SELECT EXTRACT(EPOCH FROM p."createdAt" - g."createdAt") * 1000 AS "placeMs",
        CASE WHEN g.state = 'Running' THEN EXTRACT(EPOCH FROM g."updatedAt" - g."createdAt") * 1000 END AS "runningMs"
      FROM "ContainerGroup" g JOIN "Placement" p ON p."containerGroupId" = g.id
      WHERE g.name < ${`cg-${String(STEADY_GROUPS).padStart(5, '0')}`}`
    const placeMs = latencies.map((l) => Number(l.placeMs))
    const runningMs = latencies.filter((l) => l.runningMs !== null).map((l) => Number(l.runningMs))

    // Burst phase: fill the queue with scheduling paused, then let the schedulers drain it.
    let placementsPerSec = NaN
    let createsPerSec = NaN
    const burstGroups = GROUPS - STEADY_GROUPS
    if (burstGroups > 0) {
      await controlPlaneQueue().pause()
      const createStart = performance.now()
      let next = STEADY_GROUPS
      await Promise.all(
        Array.from({ length: CREATE_CONCURRENCY }, async () => {
          for (let i = next++; i < GROUPS; i = next++) await createGroup(i)
        }),
      )
      createsPerSec = burstGroups / ((performance.now() - createStart) / 1000)
      log(`burst: ${burstGroups} groups created at ${createsPerSec.toFixed(0)}/s with scheduling paused; resuming`)
      const [{ resumedAt }] = await db.$queryRaw<{ resumedAt: Date }[]>`SELECT clock_timestamp() AS "resumedAt"`
      await controlPlaneQueue().resume()
      await waitForAll(STEADY_GROUPS, burstGroups, 'placed', 180_000)
      const [{ seconds, placed }] = await db.$queryRaw<{ seconds: number; placed: number }[]>`
        SELECT EXTRACT(EPOCH FROM max(p."createdAt") - ${resumedAt}::timestamp) AS seconds, count(*)::int AS placed
        FROM "Placement" p JOIN "ContainerGroup" g ON g.id = p."containerGroupId"
        WHERE g.name >= ${`cg-${String(STEADY_GROUPS).padStart(5, '0')}`}`
      placementsPerSec = placed / Number(seconds)
      log(`burst: ${placed} placements in ${Number(seconds).toFixed(2)} s = ${placementsPerSec.toFixed(0)}/s`)
      await waitForAll(STEADY_GROUPS, burstGroups, 'running', 180_000)
      log('burst: all Running')
    }

    const agentPeakRssMb = peakRssMb(agent.pid)
    const report = await getPlacementReport()
    const totals = await counts(0)
    for (const child of children) await stopChild(child)
    children.length = 0

    log('pgbench on the same Postgres (scratch database), workers stopped')
    await admin(`CREATE DATABASE "${pgbenchUrl.pathname.slice(1)}"`)
    let pgbench: { tps: number; mode: string }
    try {
      pgbench = runPgbench(pgbenchUrl)
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${pgbenchUrl.pathname.slice(1)}" WITH (FORCE)`)
    }

    for (const region of report.regions) {
      log(
        `${region.region.padEnd(14)} nodes used ${region.nodesUsed}/${region.nodes}, lower bound ${region.lowerBoundNodes}, packing ${region.packingRatio?.toFixed(3)}, ` +
          `CPU ${(region.cpu.allocatedMillicores / 1000).toFixed(0)}/${(region.cpu.capacityMillicores / 1000).toFixed(0)} vCPU, ` +
          `stranded ${(region.cpu.strandedMillicores / 1000).toFixed(1)} vCPU / ${(region.memory.strandedMb / 1024).toFixed(1)} GiB`,
      )
    }
    const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)
    const result = {
      nodes: NODES,
      groups: GROUPS,
      policy: POLICY,
      placed: totals.placed,
      failed: totals.failed,
      placementsPerSec: round(placementsPerSec, 0),
      burstGroups,
      createsPerSec: round(createsPerSec, 0),
      steadyGroups: STEADY_GROUPS,
      steadyArrivalPerSec: STEADY_RATE,
      p50PlaceMs: round(percentile(placeMs, 50)),
      p99PlaceMs: round(percentile(placeMs, 99)),
      p50CreateToRunningMs: round(percentile(runningMs, 50)),
      p99CreateToRunningMs: round(percentile(runningMs, 99)),
      packingRatio: round(report.totals.packingRatio ?? NaN, 3),
      nodesUsed: report.totals.nodesUsed,
      lowerBoundNodes: report.totals.lowerBoundNodes,
      strandedCpuMillicores: report.totals.cpu.strandedMillicores,
      strandedMemoryMb: report.totals.memory.strandedMb,
      agentPeakRssMb: round(agentPeakRssMb),
      schedulerProcesses: SCHEDULERS,
      schedulerConcurrency: CONCURRENCY,
      pgbenchTps: round(pgbench.tps, 0),
      pgbenchMode: pgbench.mode,
      ratioToPgbench: round(placementsPerSec / pgbench.tps, 3),
    }
    console.log(JSON.stringify(result))
  } finally {
    for (const child of children) await stopChild(child)
    await controlPlaneQueue().close().catch(() => {})
    sharedRedis().disconnect()
    await db.$disconnect()
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')
    let cursor = '0'
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${redisPrefix}:*`, 'COUNT', 1000)
      if (keys.length) await redis.del(...keys)
      cursor = nextCursor
    } while (cursor !== '0')
    redis.disconnect()
    if (!KEEP) await admin(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`)
  }
}

await main()
