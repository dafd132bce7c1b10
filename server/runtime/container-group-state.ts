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

export function deriveGroupOutcome({ containers, restartPolicy }: { containers: TObservedContainer[]; restartPolicy: string }): TGroupOutcome {
  if (containers.some((c) => c.lifecycleStage === 'Failed')) return { state: 'Failed', provisioningState: 'Failed', finished: true }
  if (containers.some((c) => STARTING_STAGES.has(c.lifecycleStage))) return { state: 'Pending', provisioningState: 'Creating', finished: false }
  const exited = containers.filter((c) => c.lifecycleStage === 'Terminated')
  const done = exited.filter((c) => !shouldRestart(restartPolicy, c.exitCode ?? 0))
  if (done.length < containers.length) return { state: 'Running', provisioningState: 'Succeeded', finished: false }
  const allSucceeded = done.every((c) => (c.exitCode ?? 0) === 0)
  return { state: allSucceeded ? 'Succeeded' : 'Failed', provisioningState: 'Succeeded', finished: true }
}
