// The process inside a simulated container, from its first line of output to its exit. Images
// and the shell describe it as a generator of effects in simulated time; a cursor replays it
// against real time (scaled by CERULEAN_STAGE_DELAY_SCALE), so a node agent can ask "what has
// happened by now, and when does something happen next" without a timer or a loop per container.
import { createHash } from 'node:crypto'
import type { TFault } from './faults'
import type { TContainerContext, TSimulatedImage } from './simulated-image'
import { runCommandLine } from './shell/run-shell'
import { createShellContext, type TShellContext, type TShellEffect, type TShellRun } from './shell/shell-context'

export type TContainerExit = { exitCode: number; detailStatus: 'Completed' | 'Error' | 'OOMKilled' }

export type TContainerProcess = Generator<TShellEffect, TContainerExit, void>

export type TProcessProgress = {
  // Complete lines printed since the previous call, stdout and stderr interleaved as a log is.
  lines: string[]
  exit: TContainerExit | null
  // Real ms after the start when the next thing happens; null once it exited or idles for good.
  nextAtMs: number | null
}

export type TProcessCursor = {
  advance: (elapsedMs: number) => TProcessProgress
  // When the next thing is due (real ms after the start), without running anything.
  nextAtMs: () => number | null
}

export const OOM_EXIT_CODE = 137

/** ACI-style host name of a container, stable for its id: SandboxHost-<18 digits>. */
export function containerHostname(seed: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(seed).digest('hex').slice(0, 15)}`).toString().padStart(18, '6').slice(0, 18)
  return `SandboxHost-${digits}`
}

export function containerShellContext({ image, context, realTime = false, interactive = false }: { image: TSimulatedImage; context: TContainerContext; realTime?: boolean; interactive?: boolean }): TShellContext {
  const hostname = context.hostname ?? containerHostname(context.containerName)
  const withHost = { ...context, hostname }
  return createShellContext({
    environment: context.environment,
    hostname,
    files: image.files?.(withHost) ?? {},
    shells: image.shells,
    startedAt: context.startedAt,
    realTime,
    interactive,
  })
}

function runsDefaultCommand(image: TSimulatedImage, command: string[]): boolean {
  if (command.length === 0) return true
  return (image.defaultCommands ?? []).some((candidate) => candidate.length === command.length && candidate.every((part, i) => part === command[i]))
}

/** Whether a container with this command runs the image's own program (and so serves HTTP, if it does). */
export function isDefaultCommand(image: TSimulatedImage, command: string[]): boolean {
  return runsDefaultCommand(image, command)
}

function* exitOf(run: TShellRun): TContainerProcess {
  const code = yield* run
  return { exitCode: code, detailStatus: code === 0 ? 'Completed' : 'Error' }
}

function* withFault(program: TContainerProcess, fault: Exclude<TFault, { kind: 'pull-failure' }>): TContainerProcess {
  let elapsedMs = 0
  const crash = (): TContainerExit => (fault.kind === 'oom-kill' ? { exitCode: OOM_EXIT_CODE, detailStatus: 'OOMKilled' } : { exitCode: fault.exitCode, detailStatus: 'Error' })
  const crashLine = (): TShellEffect => ({ type: 'output', text: `panic: simulated crash (cerulean.io/fault=crash-loop), exiting with ${fault.kind === 'crash-loop' ? fault.exitCode : 1}\n`, stream: 'stderr' })
  let step = program.next()
  while (!step.done) {
    const effect = step.value
    if (effect.type === 'sleep' && elapsedMs + effect.ms >= fault.afterMs) {
      if (fault.afterMs > elapsedMs) yield { type: 'sleep', ms: fault.afterMs - elapsedMs }
      if (fault.kind === 'crash-loop') yield crashLine()
      return crash()
    }
    if (effect.type === 'sleep') elapsedMs += effect.ms
    yield effect
    step = program.next()
  }
  // A process that ends before its fault is due still crashes in a crash loop.
  if (fault.kind === 'crash-loop' && step.value.exitCode === 0) {
    yield crashLine()
    return crash()
  }
  return step.value
}

/** The container's process as effects in simulated time. */
export function startContainerProcess({ image, command, context, fault }: { image: TSimulatedImage; command: string[]; context: TContainerContext; fault: TFault | null }): TContainerProcess {
  const program = runsDefaultCommand(image, command) && image.run ? exitOf(image.run(context)) : exitOf(runCommandLine(command, containerShellContext({ image, context })))
  return fault && fault.kind !== 'pull-failure' ? withFault(program, fault) : program
}

/** Real time a simulated sleep takes: scaled, but never so short that a loop spins the agent. */
export function realSleepMs(ms: number, scale: number): number {
  if (ms <= 0) return 0
  return Math.max(scale > 0 ? 1 : 10, Math.round(ms * scale))
}

/**
 * Replays a process against real time. `skipLines` drops lines a previous run of the same
 * process already wrote (a node agent that took over resumes without repeating them).
 */
export function openContainerProcess({ program, scale, skipLines = 0 }: { program: TContainerProcess; scale: number; skipLines?: number }): TProcessCursor {
  let dueAtMs = 0
  let exit: TContainerExit | null = null
  let idle = false
  let partial = ''
  let skip = skipLines
  const emit = (lines: string[], line: string) => {
    if (skip > 0) skip--
    else lines.push(line)
  }
  return {
    nextAtMs: () => (exit || idle ? null : dueAtMs),
    advance(elapsedMs) {
      const lines: string[] = []
      for (;;) {
        if (exit || idle) return { lines, exit, nextAtMs: null }
        if (dueAtMs > elapsedMs) return { lines, exit: null, nextAtMs: dueAtMs }
        const step = program.next()
        if (step.done) {
          if (partial) emit(lines, partial)
          partial = ''
          exit = step.value
          continue
        }
        const effect = step.value
        if (effect.type === 'output') {
          const pieces = (partial + effect.text).split('\n')
          partial = pieces.pop() ?? ''
          for (const piece of pieces) emit(lines, piece)
        } else if (effect.ms === Infinity) idle = true
        else dueAtMs += realSleepMs(effect.ms, scale)
      }
    },
  }
}
