// The lifecycle as the node agent walks it, computed without I/O: when a container's next step
// is due, and what that step writes (stage, observed state, events, log lines). Stages that take
// no simulated time are chained into one write, which is what lets one agent bring a hundred
// thousand groups up with zero pull time in a few hundred batched statements.
import { env } from '../env'
import { nextStartTransition, terminatedState, type TStageContext } from '../runtime/lifecycle-stages'
import { restartBackoffMs, shouldRestart } from '../runtime/restart-policy'
import { resolveSimulatedImage } from '../runtime/simulated-images'
import type { TEventType } from '../containergroups/record-event'
import { exitCodeOf, type TContainerRun } from './container-run'

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
export function nextStepAt(container: TContainerRun, restartPolicy: string): number | null {
  const image = resolveSimulatedImage(container.image)
  if (STARTING.has(container.stage)) {
    const transition = nextStartTransition(container.stage, image !== null)
    return transition ? container.since + scaled(transition.delayMs) : null
  }
  if (container.stage === 'Running' && image?.batch) {
    const startedAt = parseTime(container.currentState?.startTime) ?? container.since
    return startedAt + scaled(image.batch.runMs)
  }
  if (container.stage === 'Terminated' && shouldRestart(restartPolicy, exitCodeOf(container) ?? 0)) {
    const finishedAt = parseTime(container.currentState?.finishTime) ?? container.since
    return finishedAt + restartBackoffMs({ restartCount: container.restartCount, scale: env.CERULEAN_STAGE_DELAY_SCALE })
  }
  return null
}

/** The write for a step that is due now, or null when the container has nothing to do. */
export function planStep(container: TContainerRun, restartPolicy: string, now: Date): TContainerWrite | null {
  const image = resolveSimulatedImage(container.image)
  const context = { containerName: container.name, environment: container.environment }
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
    if (!image?.batch) return null
    const exitCode = image.batch.exitCode(context)
    const startTime = typeof container.currentState?.startTime === 'string' ? container.currentState.startTime : undefined
    write.to = 'Terminated'
    write.currentState = terminatedState({ startTime, exitCode, now })
    write.logLines = image.batch.outputLines(context)
    return write
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
    const transition = nextStartTransition(stage, image !== null)
    if (!transition || (!first && scaled(transition.delayMs) > 0)) break
    first = false
    const stageContext: TStageContext = { containerName: container.name, image: container.image, imageKnown: image !== null, now }
    const event = transition.event?.(stageContext)
    // A millisecond apart, so that chained events keep their order when sorted by time.
    const at = new Date(now.getTime() + write.events.length)
    if (event) write.events.push({ name: event.name, message: event.message, type: event.type ?? 'Normal', at })
    if (transition.currentState) write.currentState = transition.currentState(stageContext) as Record<string, unknown>
    stage = transition.to
    if (stage === 'Running' && image) write.logLines.push(...image.startupLines(context))
  }
  write.to = stage
  return write.to === write.from && write.restartIncrement === 0 ? null : write
}
