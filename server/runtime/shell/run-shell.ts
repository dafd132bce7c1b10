// Entry points of the simulated shell. A container's command override arrives in exec form
// (["/bin/sh", "-c", "echo hi; exit 3"]); an exec session feeds it one typed line at a time.
import { runProgram, runScript } from './evaluate'
import { ExitSignal, LoopSignal, type TShellContext, type TShellEffect, type TShellRun } from './shell-context'

/** Runs a container command in exec form to the end; returns the exit code. */
export function* runCommandLine(argv: string[], context: TShellContext): TShellRun {
  if (argv.length === 0) return 0
  try {
    return yield* runProgram(argv, context, { stdin: '' })
  } catch (signal) {
    if (signal instanceof ExitSignal) return signal.code
    if (signal instanceof LoopSignal) return 0
    throw signal
  }
}

export type TLineOutcome = { exited: false; status: number } | { exited: true; status: number }

/** One line typed into an interactive shell: `exit` ends the session, anything else returns. */
export function* runInteractiveLine(line: string, context: TShellContext): Generator<TShellEffect, TLineOutcome, void> {
  try {
    const status = yield* runScript(line, context)
    return { exited: false, status }
  } catch (signal) {
    if (signal instanceof ExitSignal) return { exited: true, status: signal.code }
    if (signal instanceof LoopSignal) {
      context.status = 0
      return { exited: false, status: 0 }
    }
    throw signal
  }
}
