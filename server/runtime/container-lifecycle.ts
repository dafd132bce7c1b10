// The stage data and container processes in the shape a node agent's planner uses: pure and
// synchronous, given the container, its group and the node's image cache. Delays are seeded per
// container run, so the time a step is due and the step itself always agree.
import { killingEventMessage } from '../containergroups/killing-event'
import { faultFromTags } from './faults'
import { containerHostname, isDefaultCommand, openContainerProcess, startContainerProcess, type TContainerExit, type TProcessCursor } from './container-process'
import { seededRandom, stagesFor, stepFrom, type TStageEvent, type TStageStep } from './lifecycle-stages'
import { nodeHasImage } from './node-images'
import { shouldRestart } from './restart-policy'
import { resolveSimulatedImage } from './simulated-images'

export type TLifecycleContainer = { id: string; name: string; image: string; command: string[]; environment: Record<string, string>; restartCount: number; stage: string }
export type TLifecycleGroup = { id: string; generation: number; nodeId: string; tags: Record<string, string>; restartPolicy: string }

/** The step that leaves the container's current starting stage, or null. */
export function startStepFor(container: TLifecycleContainer, group: TLifecycleGroup): TStageStep | null {
  const steps = stagesFor({
    image: container.image,
    containerName: container.name,
    tags: group.tags,
    // A pull under way finishes as a pull, even if another container brought the image meanwhile.
    nodeHasImage: container.stage !== 'Pulling' && nodeHasImage(group.nodeId, container.image),
    random: seededRandom(`${container.id}:${group.generation}:${container.restartCount}`),
  })
  return stepFrom(steps, container.stage)
}

/**
 * Whether the container's process does anything after it starts (prints later, exits). Plain
 * servers print their start-up lines and idle; they need no cursor, which keeps an agent holding
 * a hundred thousand of them small.
 */
export function hasTimedProcess(container: TLifecycleContainer, group: TLifecycleGroup): boolean {
  const image = resolveSimulatedImage(container.image)
  if (!image) return false
  return Boolean(image.batch) || !isDefaultCommand(image, container.command) || faultFromTags(group.tags) !== null
}

const cursors = new Map<string, TProcessCursor>()

/** The replay of the container's current run, created on first use and kept until it ends. */
export function processCursorFor(container: TLifecycleContainer, group: TLifecycleGroup, { startedAt, scale }: { startedAt: number; scale: number }): TProcessCursor | null {
  if (!hasTimedProcess(container, group)) return null
  const key = `${container.id}:${group.generation}:${container.restartCount}`
  let cursor = cursors.get(key)
  if (!cursor) {
    const image = resolveSimulatedImage(container.image)!
    const program = startContainerProcess({
      image,
      command: container.command,
      context: { containerName: container.name, environment: container.environment, hostname: containerHostname(container.id), startedAt: new Date(startedAt) },
      fault: faultFromTags(group.tags),
    })
    cursor = openContainerProcess({ program, scale })
    cursors.set(key, cursor)
  }
  return cursor
}

/** Forgets a run's cursor once it exited or the container left Running. */
export function releaseProcessCursor(container: Pick<TLifecycleContainer, 'id' | 'restartCount'>, generation: number) {
  cursors.delete(`${container.id}:${generation}:${container.restartCount}`)
}

/** Events ACI adds when a run ends: Killing before a restart, BackOff when it crashed. */
export function exitEvents(container: TLifecycleContainer, group: TLifecycleGroup, exit: TContainerExit): TStageEvent[] {
  if (!shouldRestart(group.restartPolicy, exit.exitCode)) return []
  const events: TStageEvent[] = [{ name: 'Killing', message: killingEventMessage({ containerId: container.id, generation: group.generation }), type: 'Normal' }]
  if (exit.exitCode !== 0) events.push({ name: 'BackOff', message: `Back-off restarting failed container ${container.name}`, type: 'Warning' })
  return events
}
