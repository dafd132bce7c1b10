// ACI reports stopping a container as `Killing container with id <64 hex>.`; the id is the
// runtime's container id, which Cerulean derives from the container and its generation.
import { createHash } from 'node:crypto'

export function killingEventMessage({ containerId, generation }: { containerId: string; generation: number }): string {
  const runtimeId = createHash('sha256').update(`${containerId}:${generation}`).digest('hex')
  return `Killing container with id ${runtimeId}.`
}
