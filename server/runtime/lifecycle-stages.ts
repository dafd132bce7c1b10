// The container lifecycle as data, like kwok's stages: for an image, the group's fault tags and
// whether the node already holds the image, `stagesFor` lists each step from Waiting to Running
// (or to Failed) with its delay (jitter included), the events ACI reports for it and the
// observed state it writes. A node agent walks the list; persisting `lifecycleStage` with each
// step is what lets a walk killed midway resume where it stopped instead of repeating events.
import { createHash } from 'node:crypto'
import type { Prisma } from '../db/generated/client'
import type { TEventType } from '../containergroups/record-event'
import { faultFromTags } from './faults'
import { pullFailureMessage, resolveSimulatedImage } from './simulated-images'

export type TStage = 'Waiting' | 'Pulling' | 'Pulled' | 'Created' | 'Running' | 'Terminated' | 'Failed' | 'Stopped'

export type TStageEvent = { name: string; message: string; type: TEventType }

export type TStageStep = {
  from: TStage
  to: TStage
  // Simulated ms (scale with CERULEAN_STAGE_DELAY_SCALE), jitter included.
  delayMs: number
  events: TStageEvent[]
  currentState?: (now: Date) => Prisma.InputJsonObject
  // Completing this step leaves the image on the node: record it, later pulls are skipped.
  pullsImage?: boolean
}

// Pull time: a registry round trip plus the layers at a typical cloud download rate.
const PULL_BASE_MS = 400
const PULL_MB_PER_SECOND = 60
const CACHED_IMAGE_MS = 100
const FAILED_PULL_MS = 1_500
const CREATE_MS = 300
const START_MS = 300
const JITTER = 0.2

/** A deterministic source of jitter: the same seed gives the same delays on every agent. */
export function seededRandom(seed: string): () => number {
  let counter = 0
  return () => {
    const digest = createHash('sha256').update(`${seed}:${counter++}`).digest()
    return digest.readUInt32BE(0) / 0x1_0000_0000
  }
}

function jittered(ms: number, random: () => number): number {
  return Math.round(ms * (1 + (random() * 2 - 1) * JITTER))
}

export function pullDelayMs(sizeMb: number): number {
  return PULL_BASE_MS + (sizeMb / PULL_MB_PER_SECOND) * 1_000
}

export function stagesFor({
  image,
  containerName,
  tags = {},
  nodeHasImage = false,
  random = Math.random,
}: {
  image: string
  containerName: string
  tags?: unknown
  nodeHasImage?: boolean
  random?: () => number
}): TStageStep[] {
  const simulated = resolveSimulatedImage(image)
  const fault = faultFromTags(tags)
  const pulling: TStageStep = {
    from: 'Waiting',
    to: 'Pulling',
    delayMs: 0,
    events: [{ name: 'Pulling', message: `pulling image "${image}"`, type: 'Normal' }],
    currentState: () => ({ state: 'Waiting', detailStatus: 'ContainerCreating' }),
  }
  if (!simulated || fault?.kind === 'pull-failure') {
    return [
      pulling,
      {
        from: 'Pulling',
        to: 'Failed',
        delayMs: jittered(FAILED_PULL_MS, random),
        events: [
          { name: 'Failed', message: pullFailureMessage(image), type: 'Warning' },
          { name: 'BackOff', message: `Back-off pulling image "${image}"`, type: 'Normal' },
        ],
        currentState: () => ({ state: 'Waiting', detailStatus: 'ImagePullBackOff' }),
      },
    ]
  }
  const pullMs = jittered(pullDelayMs(simulated.sizeMb), random)
  const pull: TStageStep[] = nodeHasImage
    ? [
        {
          from: 'Waiting',
          to: 'Pulled',
          delayMs: jittered(CACHED_IMAGE_MS, random),
          events: [{ name: 'Pulled', message: `Container image "${image}" already present on machine`, type: 'Normal' }],
          currentState: () => ({ state: 'Waiting', detailStatus: 'ContainerCreating' }),
        },
      ]
    : [
        pulling,
        {
          from: 'Pulling',
          to: 'Pulled',
          delayMs: pullMs,
          events: [{ name: 'Pulled', message: `Successfully pulled image "${image}" in ${(pullMs / 1000).toFixed(1)}s`, type: 'Normal' }],
          pullsImage: true,
        },
      ]
  return [
    ...pull,
    { from: 'Pulled', to: 'Created', delayMs: jittered(CREATE_MS, random), events: [{ name: 'Created', message: `Created container ${containerName}`, type: 'Normal' }] },
    {
      from: 'Created',
      to: 'Running',
      delayMs: jittered(START_MS, random),
      events: [{ name: 'Started', message: `Started container ${containerName}`, type: 'Normal' }],
      currentState: (now) => ({ state: 'Running', startTime: now.toISOString(), detailStatus: '' }),
    },
  ]
}

/** The step that leaves `stage`, or null once the container is up or has failed. */
export function stepFrom(steps: TStageStep[], stage: string): TStageStep | null {
  return steps.find((step) => step.from === stage) ?? null
}

export function terminatedState({
  startTime,
  exitCode,
  now,
  detailStatus,
}: {
  startTime?: string
  exitCode: number
  now: Date
  detailStatus?: string
}): Prisma.InputJsonObject {
  return { state: 'Terminated', startTime, exitCode, finishTime: now.toISOString(), detailStatus: detailStatus ?? (exitCode === 0 ? 'Completed' : 'Error') }
}

// The interface the node agent used before stages became per image; kept while it moves over.
export type TStageContext = { containerName: string; image: string; imageKnown: boolean; now: Date }

export type TTransition = {
  from: TStage
  to: TStage
  delayMs: number
  event?: (context: TStageContext) => { name: string; message: string; type?: TEventType }
  currentState?: (context: TStageContext) => Prisma.InputJsonObject
}

/** @deprecated use stagesFor: this knows neither image sizes, nor the node's cache, nor faults. */
export function nextStartTransition(stage: string, imageKnown: boolean): TTransition | null {
  const standIn = imageKnown ? 'mcr.microsoft.com/azuredocs/aci-helloworld' : 'unknown.invalid/image'
  const step = stepFrom(stagesFor({ image: standIn, containerName: '', random: () => 0.5 }), stage)
  if (!step) return null
  const [first] = step.events
  return {
    from: step.from,
    to: step.to,
    delayMs: step.delayMs,
    event: first
      ? ({ containerName, image }) => {
          const message = first.name === 'Failed' ? pullFailureMessage(image) : first.message.split(standIn).join(image)
          return { name: first.name, message: first.name === 'Created' || first.name === 'Started' ? `${message}${containerName}` : message, type: first.type }
        }
      : undefined,
    currentState: step.currentState ? ({ now }) => step.currentState!(now) : undefined,
  }
}
