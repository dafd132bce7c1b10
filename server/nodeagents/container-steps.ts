// The lifecycle as the node agent walks it, computed without I/O: when a container's next step
// is due, and what that step writes (stage, observed state, events, log lines). Stages that take
// no simulated time are chained into one write, which is what lets one agent bring a hundred
// thousand groups up with zero pull time in a few hundred batched statements.
import { env } from '../env'
import { terminatedState } from '../runtime/lifecycle-stages'
import { exitEvents, processCursorFor, releaseProcessCursor, startStepFor, type TLifecycleGroup } from '../runtime/container-lifecycle'
import { restartBackoffMs, shouldRestart } from '../runtime/restart-policy'
import { resolveSimulatedImage } from '../runtime/simulated-images'
import type { TEventType } from '../containergroups/record-event'
import { exitCodeOf, type TContainerRun, type TGroupRun } from './container-run'

export type TStepEvent = { name: string; message: string; type: TEventType; at: Date }

export type TContainerWrite = {
  containerId: string
  from: string
  to: string
  currentState: Record<string, unknown> | null
  /** A restart keeps the run that just ended as previousState. */
  previousState: Record<string, unknown> | null
  restartIncrement: number
  events: TStepEvent[]
  logLines: string[]
  /** The step finished a pull: the node now holds the image (see runtime/node-images.ts). */
  pulledImage?: boolean
}

const STARTING = new Set(['Waiting', 'Pulling', 'Pulled', 'Created'])

export function scaled(ms: number, scale = env.CERULEAN_STAGE_DELAY_SCALE): number {
  return Math.round(ms * scale)
}

function parseTime(value: unknown): number | null {
  const at = typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(at) ? null : at
}

/** When the container's next step is due (ms since epoch), or null when it waits for nothing. */
export function nextStepAt(container: TContainerRun, restartPolicy: string, group: TLifecycleGroup): number | null {
  if (STARTING.has(container.stage)) {
    const step = startStepFor(container, group)
    return step ? container.since + scaled(step.delayMs) : null
  }
  if (container.stage === 'Running') {
    const startedAt = parseTime(container.currentState?.startTime) ?? container.since
    const due = processCursorFor(container, group, { startedAt, scale: env.CERULEAN_STAGE_DELAY_SCALE })?.nextAtMs()
    return due === undefined || due === null ? null : startedAt + due
  }
  if (container.stage === 'Terminated' && shouldRestart(restartPolicy, exitCodeOf(container) ?? 0)) {
    const finishedAt = parseTime(container.currentState?.finishTime) ?? container.since
    return finishedAt + restartBackoffMs({ restartCount: container.restartCount, scale: env.CERULEAN_STAGE_DELAY_SCALE })
  }
  return null
}

/** The write for a step that is due now, or null when the container has nothing to do. */
export function planStep(container: TContainerRun, restartPolicy: string, now: Date, group: TLifecycleGroup & Pick<TGroupRun, 'generation'>): TContainerWrite | null {
  const image = resolveSimulatedImage(container.image)
  const context = { containerName: container.name, environment: container.environment, startedAt: now }
  const write: TContainerWrite = {
    containerId: container.id,
    from: container.stage,
    to: container.stage,
    currentState: null,
    previousState: null,
    restartIncrement: 0,
    events: [],
    logLines: [],
  }

  if (container.stage === 'Running') {
    // The process replays in real time: what it printed by now, and its exit if it came.
    const startTime = typeof container.currentState?.startTime === 'string' ? container.currentState.startTime : undefined
    const startedAt = parseTime(startTime) ?? container.since
    const cursor = processCursorFor(container, group, { startedAt, scale: env.CERULEAN_STAGE_DELAY_SCALE })
    if (!cursor) return null
    const progress = cursor.advance(now.getTime() - startedAt)
    write.logLines = progress.lines
    if (progress.exit) {
      releaseProcessCursor(container, group.generation)
      write.to = 'Terminated'
      write.currentState = terminatedState({ startTime, exitCode: progress.exit.exitCode, detailStatus: progress.exit.detailStatus, now })
      write.events = exitEvents(container, { ...group, restartPolicy }, progress.exit).map((event, i) => ({ ...event, at: new Date(now.getTime() + i) }))
    }
    return write.to !== write.from || write.logLines.length > 0 ? write : null
  }

  let stage = container.stage
  if (stage === 'Terminated') {
    if (!shouldRestart(restartPolicy, exitCodeOf(container) ?? 0)) return null
    // The image is already on the node, so a restart starts again from "Pulled".
    write.previousState = container.currentState
    write.restartIncrement = 1
    write.currentState = { state: 'Waiting', detailStatus: '' }
    stage = 'Pulled'
  }

  // The first transition is due now; the ones after it follow in the same write while they
  // take no simulated time.
  let first = write.restartIncrement === 0
  for (;;) {
    const transition = startStepFor({ ...container, stage, restartCount: container.restartCount + write.restartIncrement }, group)
    if (!transition || (!first && scaled(transition.delayMs) > 0)) break
    first = false
    // A millisecond apart, so that chained events keep their order when sorted by time.
    for (const event of transition.events) write.events.push({ ...event, at: new Date(now.getTime() + write.events.length) })
    if (transition.currentState) write.currentState = transition.currentState(now) as Record<string, unknown>
    if (transition.pullsImage) write.pulledImage = true
    stage = transition.to
    // Servers print their start-up lines here; a process that does more replays from Running.
    if (stage === 'Running' && image && !processCursorFor({ ...container, restartCount: container.restartCount + write.restartIncrement }, group, { startedAt: now.getTime(), scale: env.CERULEAN_STAGE_DELAY_SCALE })) {
      write.logLines.push(...image.startupLines(context))
    }
  }
  write.to = stage
  return write.to === write.from && write.restartIncrement === 0 ? null : write
}
