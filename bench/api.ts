// npm run bench:api – throughput and latency of the ARM API against a minimal node:http + pg server
// answering the same GET. Starts Cerulean (scripts/stack/stack.ts: `next start` + workers, built
// only if the sources changed) on a database of its own, with throttling off and the quotas raised,
// creates a user, a resource group and a few hundred container groups through the domain functions,
// mints a bearer token and loads the API over plain HTTP (and the single GET over the HTTPS
// listener). Ends with one JSON line of all figures and removes everything it started.
//   npm run bench:api [-- --seconds 10] [-- --groups 300] [-- --connections 10] [-- --no-https]
import crypto from 'node:crypto'
import fs from 'node:fs'
import { get as httpsGet } from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { freePort, waitFor } from '../scripts/stack/network'
import { spawnManaged, stopAll } from '../scripts/stack/processes'
import { startStack, tsxArgs } from '../scripts/stack/stack'
import { adminQuery, databaseUrlFor, deleteRedisKeys } from '../tests/support/test-database'
import { formatTable, runLoad, type TLoadFigures, type TLoadOptions } from './load'
import { treeCpuMs } from './process-cpu'
import { seedBenchData } from './seed-bench-data'

const root = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    groups: { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
    'no-https': { type: 'boolean', default: false },
  },
})
const SECONDS = Number(values.seconds)
const GROUPS = Number(values.groups)
const CONNECTIONS = Number(values.connections)
const FIXED_RATE = 200
// Enough connections that a slow answer does not hold back the next ones: the offered load stays
// 200 req/s (5 per connection) up to 200 ms latency, as it would from many independent clients.
const FIXED_RATE_CONNECTIONS = 40
const GOAL_P99_MS = 50
const API_VERSION = '2023-05-01'

const id = crypto.randomBytes(4).toString('hex')
const database = `cerulean_bench_${id}`
const redisPrefix = `cerulean-bench-${id}`
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-bench-'))
const logFile = path.join(root, 'test-results', 'bench-api-stack.log')
let databaseCreated = false
let disconnect: (() => Promise<void>) | undefined

async function cleanup() {
  await disconnect?.().catch(() => {})
  await stopAll()
  if (databaseCreated) await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch((error) => console.error(`could not drop ${database}:`, error))
  await deleteRedisKeys(redisPrefix).catch((error) => console.error(`could not delete the ${redisPrefix}:* keys:`, error))
  fs.rmSync(dataDir, { recursive: true, force: true })
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)))
}

async function main() {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)
  const port = await freePort()
  await adminQuery(`CREATE DATABASE "${database}"`)
  databaseCreated = true
  const databaseUrl = databaseUrlFor(database)
  const stackEnv = {
    REDIS_PREFIX: redisPrefix,
    CERULEAN_DATA_DIR: dataDir,
    ARM_THROTTLE_ENABLED: 'false',
    ACI_QUOTA_CONTAINER_GROUPS: '1000000',
    ACI_QUOTA_STANDARD_CORES: '1000000',
    // Groups reach Succeeded at once, so the workers are idle while the API is measured.
    CERULEAN_STAGE_DELAY_SCALE: '0',
    NEXTAUTH_URL: `http://localhost:${port}`,
  }
  console.log(`bench:api: starting Cerulean on port ${port} (database ${database}; output in ${path.relative(root, logFile)})`)
  const started = performance.now()
  const stack = await startStack({
    root,
    port,
    databaseUrl,
    seedDemoUser: false,
    healthyWithinMs: 60_000,
    env: stackEnv,
    onLine: (name, line) => log.write(`[${name}] ${line}\n`),
  })
  if (stack.health.status !== 'ok') throw new Error(`The stack is not healthy: ${JSON.stringify(stack.health)}`)
  console.log(`bench:api: stack healthy after ${((performance.now() - started) / 1000).toFixed(1)} s${stack.build?.built ? ` (built in ${stack.build.seconds.toFixed(0)} s)` : ' (build reused)'}`)

  // The domain functions read process.env once, when server/env.ts is first imported.
  Object.assign(process.env, stackEnv, { DATABASE_URL: databaseUrl, REDIS_URL: stack.redisUrl })
  const seeded = await seedBenchData({ groups: GROUPS, issuer: `${stack.baseUrl}/adfs`, dataDir })
  disconnect = seeded.disconnect
  console.log(`bench:api: ${GROUPS} container groups created and Succeeded in ${seeded.seconds.toFixed(1)} s`)

  const httpsPort = await freePort()
  const baselinePort = await freePort()
  const baseline = spawnManaged({
    name: 'baseline',
    command: process.execPath,
    args: tsxArgs('bench/baseline-server.ts'),
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(baselinePort) },
    onLine: (line) => log.write(`[baseline] ${line}\n`),
  })
  const https = values['no-https']
    ? undefined
    : spawnManaged({
        name: 'https',
        command: process.execPath,
        args: tsxArgs('scripts/https-server.ts'),
        cwd: root,
        env: { ...process.env, CERULEAN_DATA_DIR: dataDir, CERULEAN_HTTPS_PORT: String(httpsPort), PORT: String(port) },
        onLine: (line) => log.write(`[https] ${line}\n`),
      })

  const origin = `http://127.0.0.1:${port}`
  const groupsPath = `/subscriptions/${seeded.subscriptionId}/resourceGroups/${seeded.resourceGroupName}/providers/Microsoft.ContainerInstance/containerGroups`
  const query = `?api-version=${API_VERSION}`
  const headers = { authorization: `Bearer ${seeded.accessToken}`, accept: 'application/json' }
  let turn = 0
  const rotateGet = () => ({ path: `${groupsPath}/${seeded.groupNames[turn++ % seeded.groupNames.length]}${query}` })
  const rotateBaseline = () => ({ path: `/containergroups/${seeded.groupIds[turn++ % seeded.groupIds.length]}` })
  let created = 0
  const newGroup = () => ({ path: `${groupsPath}/bench-put-${id}-${++created}${query}`, body: JSON.stringify(seeded.armBody) })
  const samePut = () => ({ path: `${groupsPath}/${seeded.groupNames[turn++ % seeded.groupNames.length]}${query}`, body: JSON.stringify(seeded.armBody) })

  await waitFor({ what: 'the baseline server', timeoutMs: 20_000, check: () => ping(`http://127.0.0.1:${baselinePort}/containergroups/${seeded.groupIds[0]}`) })
  await expectOk(`${origin}${rotateGet().path}`, headers)
  // The listener writes the CA into the data folder before it listens.
  const ca = https ? await waitFor({ what: 'the HTTPS listener', timeoutMs: 30_000, check: () => httpsReady(httpsPort, path.join(dataDir, 'tls', 'ca.pem')) }) : undefined

  const web = stack.processes.web
  const results: Array<TLoadFigures & { webCpuMsPerRequest?: number }> = []
  const measure = async (options: Omit<TLoadOptions, 'seconds' | 'connections'> & { connections?: number }, cpuOf?: number) => {
    const cpuBefore = cpuOf ? treeCpuMs(cpuOf) : 0
    const figures = await runLoad({ seconds: SECONDS, connections: CONNECTIONS, ...options })
    const webCpuMsPerRequest = cpuOf && figures.requests ? Math.round(((treeCpuMs(cpuOf) - cpuBefore) / figures.requests) * 100) / 100 : undefined
    results.push({ ...figures, ...(webCpuMsPerRequest !== undefined ? { webCpuMsPerRequest } : {}) })
    console.log(`  ${figures.name}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.errors} errors, ${figures.non2xx} non-2xx`)
    return figures
  }

  console.log(`bench:api: ${SECONDS} s per run, ${CONNECTIONS} connections (warming up 3 s first)`)
  await runLoad({ name: 'warm-up', url: origin, headers, nextRequest: rotateGet, seconds: 3, connections: CONNECTIONS })
  await runLoad({ name: 'warm-up', url: `http://127.0.0.1:${baselinePort}`, nextRequest: rotateBaseline, seconds: 3, connections: CONNECTIONS })
  const get = await measure({ name: 'GET container group', url: origin, headers, nextRequest: rotateGet }, web.pid)
  const getFixed = await measure({ name: `GET container group @${FIXED_RATE}/s`, url: origin, headers, nextRequest: rotateGet, overallRate: FIXED_RATE, connections: FIXED_RATE_CONNECTIONS }, web.pid)
  const baseGet = await measure({ name: 'baseline GET', url: `http://127.0.0.1:${baselinePort}`, nextRequest: rotateBaseline }, baseline.pid)
  const baseFixed = await measure({ name: `baseline GET @${FIXED_RATE}/s`, url: `http://127.0.0.1:${baselinePort}`, nextRequest: rotateBaseline, overallRate: FIXED_RATE, connections: FIXED_RATE_CONNECTIONS }, baseline.pid)
  const list = await measure({ name: 'list by resource group (first page)', url: `${origin}${groupsPath}${query}`, headers }, web.pid)
  let httpsGet: TLoadFigures | undefined
  let httpsFixed: TLoadFigures | undefined
  if (https && ca) {
    const httpsOrigin = `https://localhost:${httpsPort}`
    httpsGet = await measure({ name: 'HTTPS GET container group', url: httpsOrigin, headers, nextRequest: rotateGet, ca }, web.pid)
    httpsFixed = await measure({ name: `HTTPS GET container group @${FIXED_RATE}/s`, url: httpsOrigin, headers, nextRequest: rotateGet, overallRate: FIXED_RATE, connections: FIXED_RATE_CONNECTIONS, ca }, web.pid)
  }
  const rePut = await measure({ name: 'PUT existing group (idempotent)', url: origin, method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, nextRequest: samePut }, web.pid)
  // Last, since every new group sets the workers placing and starting it.
  const put = await measure({ name: 'PUT new group (create)', url: origin, method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, nextRequest: newGroup }, web.pid)

  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null)
  const figures = {
    bench: 'api',
    seconds: SECONDS,
    connections: CONNECTIONS,
    groups: GROUPS,
    runs: results,
    goal: { fixedRate: FIXED_RATE, p99Ms: GOAL_P99_MS, p99AtFixedRateMs: getFixed.p99Ms, met: getFixed.p99Ms <= GOAL_P99_MS && getFixed.non2xx === 0 && getFixed.errors === 0 },
    ratioToBaseline: {
      requestsPerSecond: ratio(get.requestsPerSecond, baseGet.requestsPerSecond),
      p99: ratio(get.p99Ms, baseGet.p99Ms),
      p99AtFixedRate: ratio(getFixed.p99Ms, baseFixed.p99Ms),
    },
    https: httpsGet ? { requestsPerSecond: httpsGet.requestsPerSecond, p99Ms: httpsGet.p99Ms, p99AtFixedRateMs: httpsFixed?.p99Ms } : null,
    list: { requestsPerSecond: list.requestsPerSecond, p99Ms: list.p99Ms },
    put: { requestsPerSecond: put.requestsPerSecond, p99Ms: put.p99Ms, created: put.requests - put.non2xx - put.errors, idempotentRequestsPerSecond: rePut.requestsPerSecond },
  }

  console.log(`\n${formatTable(results)}`)
  console.log(`\nweb CPU per request (ms): ${results.map((r) => `${r.name} ${r.webCpuMsPerRequest ?? '-'}`).join('; ')}`)
  console.log(`Cerulean/baseline: req/s ${figures.ratioToBaseline.requestsPerSecond}, p99 ${figures.ratioToBaseline.p99}, p99 @${FIXED_RATE}/s ${figures.ratioToBaseline.p99AtFixedRate}`)
  console.log(`goal: single GET p99 ≤ ${GOAL_P99_MS} ms at ${FIXED_RATE} req/s – measured ${getFixed.p99Ms} ms: ${figures.goal.met ? 'met' : 'NOT met'}\n`)
  console.log(JSON.stringify(figures))
  log.end()
}

async function ping(url: string): Promise<true | undefined> {
  const response = await fetch(url).catch(() => undefined)
  return response?.ok ? true : undefined
}

async function expectOk(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`)
}

/** The CA's PEM once the HTTPS listener answers a health check with it; undefined before. */
function httpsReady(port: number, caFile: string): Promise<string | undefined> {
  if (!fs.existsSync(caFile)) return Promise.resolve(undefined)
  const ca = fs.readFileSync(caFile, 'utf8')
  return new Promise((resolve) => {
    const request = httpsGet({ host: '127.0.0.1', port, path: '/api/health', servername: 'localhost', ca, timeout: 2_000 }, (response) => {
      response.resume()
      resolve(response.statusCode === 200 ? ca : undefined)
    })
    request.on('error', () => resolve(undefined))
    request.on('timeout', () => request.destroy())
  })
}

let exitCode = 0
try {
  await main()
} catch (error) {
  console.error(`bench:api failed: ${(error as Error).stack ?? error}`)
  exitCode = 1
} finally {
  await cleanup()
}
process.exit(exitCode)
