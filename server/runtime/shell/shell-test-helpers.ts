// Runs the simulated shell to the end for tests: what it printed, how long it slept, its status.
import { createShellContext, type TShellContext, type TShellRun } from './shell-context'
import { runCommandLine } from './run-shell'

export type TShellTranscript = { stdout: string; stderr: string; sleeps: number[]; status: number | 'forever' }

export function drain(run: TShellRun): TShellTranscript {
  const transcript: TShellTranscript = { stdout: '', stderr: '', sleeps: [], status: 'forever' }
  let step = run.next()
  while (!step.done) {
    const effect = step.value
    if (effect.type === 'output') transcript[effect.stream] += effect.text
    else {
      transcript.sleeps.push(effect.ms)
      if (effect.ms === Infinity) return transcript
    }
    step = run.next()
  }
  transcript.status = step.value
  return transcript
}

export function testContext(overrides: Partial<Parameters<typeof createShellContext>[0]> = {}): TShellContext {
  return createShellContext({ environment: { GREETING: 'hello', EMPTY: '' }, hostname: 'wk-caas-demo', startedAt: new Date('2026-11-27T15:03:53Z'), ...overrides })
}

/** sh -c SCRIPT in a fresh container-like context. */
export function sh(script: string, context = testContext()): TShellTranscript {
  return drain(runCommandLine(['/bin/sh', '-c', script], context))
}
