// A shell that runs command after command without ever sleeping is a process spinning on the
// CPU. Real ones spin forever; the simulated one, after MAX_STEPS_WITHOUT_SLEEP commands,
// idles forever instead, so `while true; do :; done` keeps its container Running without
// burning the node agent's CPU.
import { MAX_STEPS_WITHOUT_SLEEP, type TShellContext, type TShellEffect } from './shell-context'

export function* countStep(context: TShellContext): Generator<TShellEffect, void, void> {
  context.stepsSinceSleep++
  if (context.stepsSinceSleep > MAX_STEPS_WITHOUT_SLEEP) {
    yield { type: 'sleep', ms: Infinity }
    context.stepsSinceSleep = 0
  }
}

export function* sleepFor(context: TShellContext, ms: number): Generator<TShellEffect, void, void> {
  context.stepsSinceSleep = 0
  yield { type: 'sleep', ms }
  if (Number.isFinite(ms)) context.clock.elapsedMs += ms
}
