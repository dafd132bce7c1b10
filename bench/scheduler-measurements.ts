// What bench:scheduler measures besides its own timings: latency percentiles, a child's peak
// memory, and pgbench on the same Postgres so the placement rate can be read against it.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** A process's peak resident memory (VmHWM) in MB, NaN where /proc cannot tell. */
export function peakRssMb(pid: number | undefined): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m)
    return match ? Number(match[1]) / 1024 : NaN
  } catch {
    return NaN
  }
}

/** pgbench against `url`, a database that exists and may be filled with its tables. */
export function runPgbench(url: URL): { tps: number; mode: string } {
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : []
  const bin = ['pgbench', ...versions.map((version) => `/usr/lib/postgresql/${version}/bin/pgbench`)].find((candidate) => {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })
  if (!bin) return { tps: NaN, mode: 'pgbench not found' }
  const connection = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')]
  const database = url.pathname.slice(1)
  execFileSync(bin, ['-i', '-s', '10', '-q', ...connection, database], { stdio: 'ignore' })
  // The default TPC-B-like script: five statements and a commit per transaction, a fair match
  // for a placement, which is a small write transaction too.
  const output = execFileSync(bin, ['-c', '8', '-j', '2', '-T', '10', ...connection, database], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const match = output.match(/tps = ([\d.]+) \(without initial connection time\)/) ?? output.match(/tps = ([\d.]+)/)
  return { tps: match ? Number(match[1]) : NaN, mode: 'TPC-B-like (default script), scale 10, -c 8 -j 2 -T 10' }
}
