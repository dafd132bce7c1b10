// The node agent's per-container steps: restart after back-off, walk up to Running, and (for
// batch images) run until the process exits. Every step re-reads nothing it can get wrong: the
// guarded transition in advanceContainer decides, and a lost race just means someone else did it.
import type { Container, Prisma } from '../db/generated/client'
import type { Db } from '../db/client'
import { appendLogLines } from '../logs/append-log-lines'
import { advanceContainer } from './advance-container'
import { nextStartTransition, terminatedState } from './lifecycle-stages'
import { resolveSimulatedImage } from './simulated-images'
import type { TContainerContext } from './simulated-image'
import { scaledDelayMs, waitScaled } from './stage-delay'

type TWalk = { client: Db; containerGroupId: string; generation: number; container: Container }

export function containerContext(container: Container): TContainerContext {
  const variables = (container.environmentVariables ?? []) as Array<{ name: string; value?: string; secureValue?: string }>
  const environment = Object.fromEntries(variables.map((v) => [v.name, v.value ?? v.secureValue ?? '']))
  return { containerName: container.name, environment }
}

async function currentStage({ client, containerGroupId, generation, container }: TWalk): Promise<string | null> {
  const fresh = await client.container.findFirst({
    where: { id: container.id, containerGroup: { id: containerGroupId, generation, desiredState: 'Running' } },
    select: { lifecycleStage: true },
  })
  return fresh?.lifecycleStage ?? null
}

/** Walks the container from wherever it is to Running (or Failed, for an image that cannot be pulled). */
export async function startContainer(walk: TWalk): Promise<void> {
  const { client, containerGroupId, generation, container } = walk
  const image = resolveSimulatedImage(container.image)
  let stage: string | null = container.lifecycleStage
  while (stage) {
    const transition = nextStartTransition(stage, image !== null)
    if (!transition) return
    await waitScaled(transition.delayMs)
    const context = { containerName: container.name, image: container.image, imageKnown: image !== null, now: new Date() }
    const moved = await advanceContainer({
      client,
      containerGroupId,
      generation,
      containerId: container.id,
      from: transition.from,
      to: transition.to,
      data: transition.currentState ? { currentState: transition.currentState(context) } : {},
      event: transition.event ? { containerName: container.name, ...transition.event(context) } : undefined,
    })
    if (!moved) {
      stage = await currentStage(walk)
      continue
    }
    stage = transition.to
    if (stage === 'Running' && image) {
      await appendLogLines({ containerGroupId, containerName: container.name, lines: image.startupLines(containerContext(container)) })
    }
  }
}

/** For batch images: wait out the rest of the run, print the output, and exit. */
export async function runContainerToExit(walk: TWalk): Promise<void> {
  const { client, containerGroupId, generation, container } = walk
  const fresh = await client.container.findUnique({ where: { id: container.id } })
  const batch = resolveSimulatedImage(container.image)?.batch
  if (!fresh || fresh.lifecycleStage !== 'Running' || !batch) return
  const startTime = (fresh.currentState as { startTime?: string } | null)?.startTime
  // A job resumed after a crash only waits for what is left of the run.
  const elapsed = startTime ? Date.now() - Date.parse(startTime) : 0
  const remaining = Math.max(0, scaledDelayMs(batch.runMs) - elapsed)
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining))
  if ((await currentStage(walk)) !== 'Running') return
  const context = containerContext(fresh)
  await appendLogLines({ containerGroupId, containerName: fresh.name, lines: batch.outputLines(context) })
  const exitCode = batch.exitCode(context)
  await advanceContainer({
    client,
    containerGroupId,
    generation,
    containerId: fresh.id,
    from: 'Running',
    to: 'Terminated',
    data: { currentState: terminatedState({ startTime, exitCode, now: new Date() }) },
  })
}

/** Brings an exited container back for another run; its last run becomes previousState. */
export async function restartContainer(walk: TWalk): Promise<boolean> {
  const { client, containerGroupId, generation, container } = walk
  // The image is already on the node, so a restart starts again from "Pulled".
  return advanceContainer({
    client,
    containerGroupId,
    generation,
    containerId: container.id,
    from: 'Terminated',
    to: 'Pulled',
    data: {
      restartCount: { increment: 1 },
      previousState: (container.currentState ?? undefined) as Prisma.InputJsonValue | undefined,
      currentState: { state: 'Waiting', detailStatus: '' },
    },
  })
}
