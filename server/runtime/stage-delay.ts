import { env } from '../env'

/** Simulated time: a stage that takes `ms` on a real cloud, scaled by CERULEAN_STAGE_DELAY_SCALE. */
export function scaledDelayMs(ms: number): number {
  return Math.round(ms * env.CERULEAN_STAGE_DELAY_SCALE)
}

export async function waitScaled(ms: number): Promise<void> {
  const delay = scaledDelayMs(ms)
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
}
