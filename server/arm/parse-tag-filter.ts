// The $filter ARM's resource-group list understands: `tagName eq 'n'` optionally followed by
// `and tagValue eq 'v'`. Anything else is a 400 rather than an ignored filter, so a script never
// mistakes "all groups" for "the groups with my tag".
import { ArmError } from './errors'

export type TTagFilter = { name: string; value?: string }

const QUOTED = `'((?:[^']|'')*)'`
const TAG_FILTER = new RegExp(`^\\s*tagname\\s+eq\\s+${QUOTED}(?:\\s+and\\s+tagvalue\\s+eq\\s+${QUOTED})?\\s*$`, 'i')

export function parseTagFilter(filter: string | null): TTagFilter | null {
  if (filter === null || filter.trim() === '') return null
  const match = TAG_FILTER.exec(filter)
  if (!match) {
    throw new ArmError('InvalidParameter', `The $filter '${filter.slice(0, 200)}' is not supported. Use "tagName eq 'name'" optionally followed by "and tagValue eq 'value'".`, {
      target: '$filter',
    })
  }
  const unquote = (s: string) => s.replace(/''/g, "'")
  return { name: unquote(match[1]), ...(match[2] !== undefined ? { value: unquote(match[2]) } : {}) }
}

/** Tag names compare case-insensitively in ARM, values exactly. */
export function matchesTagFilter(tags: unknown, filter: TTagFilter): boolean {
  const entries = Object.entries((tags ?? {}) as Record<string, string>)
  return entries.some(([name, value]) => name.toLowerCase() === filter.name.toLowerCase() && (filter.value === undefined || value === filter.value))
}

export function parseTop(top: string | null): number | undefined {
  if (top === null || top === '') return undefined
  if (!/^\d{1,6}$/.test(top.trim()) || Number(top) < 1) {
    throw new ArmError('InvalidParameter', `The value '${top.slice(0, 50)}' of query parameter '$top' is invalid. It must be a positive integer.`, { target: '$top' })
  }
  return Number(top)
}
