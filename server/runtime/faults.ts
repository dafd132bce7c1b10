// Incidents on purpose: tags on a container group choose a failure for all of its containers,
// so a team can rehearse an image that cannot be pulled, a crash loop or an out-of-memory kill.
//   cerulean.io/fault: pull-failure | crash-loop | oom-kill
//   cerulean.io/fault-after-seconds: simulated run time before the crash or kill (default 5)
//   cerulean.io/fault-exit-code: exit code of each crash in a crash loop (default 1)
// ARM tag names compare case-insensitively, so the keys are matched that way too.
export const FAULT_TAG = 'cerulean.io/fault'
export const FAULT_AFTER_SECONDS_TAG = 'cerulean.io/fault-after-seconds'
export const FAULT_EXIT_CODE_TAG = 'cerulean.io/fault-exit-code'

export const FAULT_KINDS = ['pull-failure', 'crash-loop', 'oom-kill'] as const

export type TFault = { kind: 'pull-failure' } | { kind: 'crash-loop'; afterMs: number; exitCode: number } | { kind: 'oom-kill'; afterMs: number }

const DEFAULT_AFTER_MS = 5_000

function tagValue(tags: Record<string, unknown>, name: string): string | undefined {
  const entry = Object.entries(tags).find(([key]) => key.toLowerCase() === name)
  return typeof entry?.[1] === 'string' ? entry[1].trim().toLowerCase() : undefined
}

export function faultFromTags(tags: unknown): TFault | null {
  if (!tags || typeof tags !== 'object') return null
  const record = tags as Record<string, unknown>
  const kind = tagValue(record, FAULT_TAG)
  const seconds = Number(tagValue(record, FAULT_AFTER_SECONDS_TAG))
  const afterMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1_000 : DEFAULT_AFTER_MS
  if (kind === 'pull-failure') return { kind }
  if (kind === 'oom-kill') return { kind, afterMs }
  if (kind === 'crash-loop') {
    const code = Number.parseInt(tagValue(record, FAULT_EXIT_CODE_TAG) ?? '', 10)
    return { kind, afterMs, exitCode: Number.isFinite(code) && code > 0 && code < 256 ? code : 1 }
  }
  return null
}
