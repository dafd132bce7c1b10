// The group's instanceView.state and provisioningState, derived from its containers' observed
// lifecycle stages (ACI-REFERENCE §8). Pure, so the rules are testable without a database.
import { shouldRestart } from './restart-policy'

export type TObservedContainer = { lifecycleStage: string; exitCode: number | null }

export type TGroupOutcome = {
  state: 'Pending' | 'Running' | 'Succeeded' | 'Failed'
  provisioningState: 'Creating' | 'Succeeded' | 'Failed'
  // True when the group holds no running process any more and its capacity can be freed.
  finished: boolean
}

const STARTING_STAGES = new Set(['Waiting', 'Pulling', 'Pulled', 'Created'])

/**
 * `provisioningState` is the group's current one. Creating lasts only until the group first
 * runs in this placement cycle: after that a container walking Terminated -> Pulled -> Created
 * is an in-place restart, during which ACI keeps provisioningState Succeeded and the group
 * Running (the container alone shows Waiting). Start, Restart and a reschedule set the group
 * back to Pending, so their walk is Creating again.
 */
export function deriveGroupOutcome({
  containers,
  restartPolicy,
  provisioningState,
}: {
  containers: TObservedContainer[]
  restartPolicy: string
  provisioningState: string
}): TGroupOutcome {
  if (containers.some((c) => c.lifecycleStage === 'Failed')) return { state: 'Failed', provisioningState: 'Failed', finished: true }
  const hasRun = provisioningState === 'Succeeded'
  if (containers.some((c) => STARTING_STAGES.has(c.lifecycleStage))) {
    return hasRun ? { state: 'Running', provisioningState: 'Succeeded', finished: false } : { state: 'Pending', provisioningState: 'Creating', finished: false }
  }
  const exited = containers.filter((c) => c.lifecycleStage === 'Terminated')
  const done = exited.filter((c) => !shouldRestart(restartPolicy, c.exitCode ?? 0))
  if (done.length < containers.length) return { state: 'Running', provisioningState: 'Succeeded', finished: false }
  const allSucceeded = done.every((c) => (c.exitCode ?? 0) === 0)
  return { state: allSucceeded ? 'Succeeded' : 'Failed', provisioningState: 'Succeeded', finished: true }
}
