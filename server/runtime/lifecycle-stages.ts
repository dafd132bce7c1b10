// The container lifecycle as data: each transition names the stage it leaves and enters, how
// long it takes on a real cloud, the event ACI reports for it and the observed state it writes.
// The node agent walks these; persisting `lifecycleStage` with each step is what lets a job
// that was killed mid-walk resume where it stopped instead of repeating events.
import type { Prisma } from '../db/generated/client'
import type { TEventType } from '../containergroups/record-event'
import { pullFailureMessage } from './simulated-images'

export type TStage = 'Waiting' | 'Pulling' | 'Pulled' | 'Created' | 'Running' | 'Terminated' | 'Failed' | 'Stopped'

export type TStageContext = { containerName: string; image: string; imageKnown: boolean; now: Date }

export type TTransition = {
  from: TStage
  to: TStage
  delayMs: number
  event?: (context: TStageContext) => { name: string; message: string; type?: TEventType }
  currentState?: (context: TStageContext) => Prisma.InputJsonObject
}

const PULL_MS = 1_200

const TRANSITIONS: TTransition[] = [
  {
    from: 'Waiting',
    to: 'Pulling',
    delayMs: 0,
    event: ({ image }) => ({ name: 'Pulling', message: `pulling image "${image}"` }),
    currentState: () => ({ state: 'Waiting', detailStatus: 'ContainerCreating' }),
  },
  {
    from: 'Pulling',
    to: 'Pulled',
    delayMs: PULL_MS,
    event: ({ image }) => ({ name: 'Pulled', message: `Successfully pulled image "${image}" in ${PULL_MS / 1000}s` }),
  },
  {
    from: 'Pulling',
    to: 'Failed',
    delayMs: PULL_MS,
    event: ({ image }) => ({ name: 'Failed', message: pullFailureMessage(image), type: 'Warning' }),
    currentState: () => ({ state: 'Waiting', detailStatus: 'ErrImagePull' }),
  },
  {
    from: 'Pulled',
    to: 'Created',
    delayMs: 300,
    event: ({ containerName }) => ({ name: 'Created', message: `Created container ${containerName}` }),
  },
  {
    from: 'Created',
    to: 'Running',
    delayMs: 300,
    event: ({ containerName }) => ({ name: 'Started', message: `Started container ${containerName}` }),
    currentState: ({ now }) => ({ state: 'Running', startTime: now.toISOString(), detailStatus: '' }),
  },
]

/** The next step towards Running from `stage`, or null once the container is up or has failed. */
export function nextStartTransition(stage: string, imageKnown: boolean): TTransition | null {
  const candidates = TRANSITIONS.filter((t) => t.from === stage)
  if (stage === 'Pulling') return candidates.find((t) => t.to === (imageKnown ? 'Pulled' : 'Failed')) ?? null
  return candidates[0] ?? null
}

export function terminatedState({ startTime, exitCode, now }: { startTime?: string; exitCode: number; now: Date }): Prisma.InputJsonObject {
  return { state: 'Terminated', startTime, exitCode, finishTime: now.toISOString(), detailStatus: exitCode === 0 ? 'Completed' : 'Error' }
}
