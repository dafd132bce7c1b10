// CPU time used by a process and all its descendants (Next's server workers, Postgres backends),
// read from /proc, so a bench can report the server's CPU cost per request next to its latency.
import fs from 'node:fs'

const TICKS_PER_SECOND = 100

function statFields(pid: number): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name, which may itself contain spaces and parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

/** utime + stime of `pid` and every live descendant, in milliseconds. */
export function treeCpuMs(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const parent = Number(statFields(Number(entry))?.[1])
    if (parent) children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  let ticks = 0
  const pending = [pid]
  while (pending.length) {
    const current = pending.pop()!
    const fields = statFields(current)
    // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted from field 3 here.
    if (fields) ticks += Number(fields[11]) + Number(fields[12])
    pending.push(...(children.get(current) ?? []))
  }
  return (ticks * 1000) / TICKS_PER_SECOND
}
