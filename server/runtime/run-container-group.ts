// The simulated node agent (job containergroups.run): runs a placed group's containers through
// their lifecycle. One job per (group, generation, attempt); attempt > 0 is a restart after
// back-off. A job for a deleted, stopped or re-placed group does nothing, and a job retried
// after a crash resumes from the stages persisted in Postgres.
import { db as defaultDb, type Db } from '../db/client'
import { shouldRestart } from './restart-policy'
import { settleContainerGroup } from './settle-container-group'
import { restartContainer, runContainerToExit, startContainer } from './walk-container'

export type TRunOutcome = 'stale' | 'ran'

async function loadCurrentGroup(client: Db, containerGroupId: string, generation: number) {
  const group = await client.containerGroup.findUnique({
    where: { id: containerGroupId },
    include: { placement: true, containers: { orderBy: { ordinal: 'asc' } } },
  })
  const current = group && group.generation === generation && group.desiredState === 'Running' && group.placement?.generation === generation
  return current ? group : null
}

export async function runContainerGroup({
  client = defaultDb,
  containerGroupId,
  generation,
  attempt,
}: {
  client?: Db
  containerGroupId: string
  generation: number
  attempt: number
}): Promise<TRunOutcome> {
  const before = await loadCurrentGroup(client, containerGroupId, generation)
  if (!before) return 'stale'
  const walk = { client, containerGroupId, generation }
  // A restart in place skips the scheduler, so the node agent is the one to say "Creating".
  await client.containerGroup.updateMany({ where: { id: containerGroupId, generation, provisioningState: 'Pending' }, data: { provisioningState: 'Creating' } })

  // restartCount < attempt: this attempt was scheduled for exactly these exits, and a retry of
  // the same job finds the container no longer Terminated (or already counted).
  for (const container of before.containers) {
    const exitCode = (container.currentState as { exitCode?: number } | null)?.exitCode ?? 0
    if (container.lifecycleStage === 'Terminated' && container.restartCount < attempt && shouldRestart(before.restartPolicy, exitCode)) {
      await restartContainer({ ...walk, container })
    }
  }

  const group = await loadCurrentGroup(client, containerGroupId, generation)
  if (!group) return 'stale'
  await Promise.all(group.containers.map((container) => startContainer({ ...walk, container })))
  await settleContainerGroup(walk)
  await Promise.all(group.containers.map((container) => runContainerToExit({ ...walk, container })))
  await settleContainerGroup(walk)
  return 'ran'
}
