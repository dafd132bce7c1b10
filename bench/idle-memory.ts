// npm run bench:idle – resident memory of the idle stack (portal, workers, embedded Postgres,
// Redis) and its start time, cold (empty data folder: initdb, migrations, seed) and warm
// (data reused). Starts the stack through the same code as `npm start`, with its own
// Postgres data folder and its own redis-server so that both are measured.
//   npm run bench:idle [-- --idle-seconds 20] [-- --warm-only]
import fs from 'node:fs'
import path from 'node:path'
import { freePort, sleep } from '../scripts/stack/network'
import { stopAll, type ManagedProcess } from '../scripts/stack/processes'
import { startStack } from '../scripts/stack/stack'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.join(root, '.data', 'postgres-bench')
const argument = (name: string) => process.argv[process.argv.indexOf(name) + 1]
const idleSeconds = process.argv.includes('--idle-seconds') ? Number(argument('--idle-seconds')) : 20
const warmOnly = process.argv.includes('--warm-only')

type Usage = { processes: number; rssKb: number; pssKb: number }

function readKb(file: string, field: string): number {
  try {
    const match = fs.readFileSync(file, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

/** The managed child and all its descendants (Postgres backends, Next's helpers). */
function treeUsage(managed: ManagedProcess): Usage {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const parent = parentOf(entry)
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const usage: Usage = { processes: 0, rssKb: 0, pssKb: 0 }
  const pending = [managed.pid]
  while (pending.length) {
    const pid = pending.pop()!
    const rssKb = readKb(`/proc/${pid}/status`, 'VmRSS')
    if (rssKb) {
      usage.processes += 1
      usage.rssKb += rssKb
      usage.pssKb += readKb(`/proc/${pid}/smaps_rollup`, 'Pss')
    }
    pending.push(...(children.get(pid) ?? []))
  }
  return usage
}

const mb = (kb: number) => (kb / 1024).toFixed(1).padStart(8)

async function run(label: 'cold' | 'warm') {
  if (label === 'cold') fs.rmSync(dataDir, { recursive: true, force: true })
  const port = await freePort()
  const started = performance.now()
  const stack = await startStack({ root, port, embeddedDataDir: dataDir, redis: 'spawn', quiet: true, healthyWithinMs: 30_000 })
  const startSeconds = (performance.now() - started) / 1000
  console.log(`${label}: healthy=${stack.health.status} after ${startSeconds.toFixed(1)} s${stack.build?.built ? ` (including a ${stack.build.seconds.toFixed(1)} s build)` : ''}; idling ${idleSeconds} s`)
  await sleep(idleSeconds * 1000)

  const parts = Object.entries(stack.processes).filter((entry): entry is [string, ManagedProcess] => Boolean(entry[1]))
  // The highest of a few samples: an idle stack still has timers that allocate.
  const peak = new Map<string, Usage>()
  for (let sample = 0; sample < 5; sample++) {
    for (const [name, managed] of parts) {
      const usage = treeUsage(managed)
      if (usage.rssKb > (peak.get(name)?.rssKb ?? 0)) peak.set(name, usage)
    }
    await sleep(1_000)
  }
  await stopAll()

  console.log(`\n${label} start, idle ${idleSeconds} s:`)
  console.log(`  ${'process'.padEnd(10)} ${'count'.padStart(5)} ${'RSS MB'.padStart(8)} ${'PSS MB'.padStart(8)}`)
  const total: Usage = { processes: 0, rssKb: 0, pssKb: 0 }
  for (const [name, usage] of peak) {
    console.log(`  ${name.padEnd(10)} ${String(usage.processes).padStart(5)} ${mb(usage.rssKb)} ${mb(usage.pssKb)}`)
    total.processes += usage.processes
    total.rssKb += usage.rssKb
    total.pssKb += usage.pssKb
  }
  console.log(`  ${'total'.padEnd(10)} ${String(total.processes).padStart(5)} ${mb(total.rssKb)} ${mb(total.pssKb)}   (goal: < 1024 MB RSS)`)
  console.log(`  start time: ${startSeconds.toFixed(1)} s to a healthy stack\n`)
  return { startSeconds, total }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stopAll().then(() => process.exit(130)))
}

try {
  const results = []
  if (!warmOnly) results.push({ label: 'cold', ...(await run('cold')) })
  results.push({ label: 'warm', ...(await run('warm')) })
  console.log(results.map((r) => `${r.label}: ${(r.total.rssKb / 1024).toFixed(0)} MB RSS, started in ${r.startSeconds.toFixed(1)} s`).join('; '))
} catch (error) {
  console.error(`bench failed: ${(error as Error).message}`)
  await stopAll()
  process.exit(1)
}
process.exit(0)
