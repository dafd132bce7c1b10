// Containers_ListLogs: the same Redis stream the portal reads, as {content}. `tail` limits to the
// last N lines; `timestamps=true` prefixes each line with its RFC 3339 time, as ACI does.
import { ArmError } from './errors'
import type { TPrincipal } from '../auth/permissions'
import { getContainerGroupOrThrow } from '../containergroups/get-container-group-or-throw'
import { readLogLines } from '../logs/read-log-lines'

// ACI caps a log response at about 4 MB.
const MAX_CONTENT_CHARS = 4 * 1024 * 1024

function parseTail(value: string | null): number | undefined {
  if (value === null || value === '') return undefined
  if (!/^\d{1,10}$/.test(value.trim()) || Number(value) > 2_147_483_647) {
    throw new ArmError('InvalidParameter', `The value '${value.slice(0, 50)}' of query parameter 'tail' is invalid. It must be a non-negative 32-bit integer.`, { target: 'tail' })
  }
  return Number(value)
}

function parseTimestamps(value: string | null): boolean {
  if (value === null || value === '') return false
  const lower = value.trim().toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  throw new ArmError('InvalidParameter', `The value '${value.slice(0, 50)}' of query parameter 'timestamps' is invalid. It must be 'true' or 'false'.`, { target: 'timestamps' })
}

export async function getContainerLogs({
  principal,
  subscriptionId,
  resourceGroupName,
  containerGroupName,
  containerName,
  tail,
  timestamps,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName: string
  containerGroupName: string
  containerName: string
  tail: string | null
  timestamps: string | null
}) {
  const tailLines = parseTail(tail)
  const withTimestamps = parseTimestamps(timestamps)
  const group = await getContainerGroupOrThrow({ principal, subscriptionId, resourceGroupName, name: containerGroupName })
  const container = group.containers.find((c) => c.name === containerName.toLowerCase())
  if (!container) throw new ArmError('ResourceNotFound', `The container '${containerName}' in container group '${group.name}' was not found.`)
  const lines = await readLogLines({ containerGroupId: group.id, containerName: container.name, tail: tailLines })
  let content = lines.map((l) => (withTimestamps ? `${l.timestamp} ${l.line}` : l.line)).join('\n')
  if (content) content += '\n'
  if (content.length > MAX_CONTENT_CHARS) content = content.slice(content.length - MAX_CONTENT_CHARS)
  return { content }
}
