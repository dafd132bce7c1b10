// What a node agent keeps in memory about each container group it runs: the observed state it
// last wrote, enough to compute the next step without asking Postgres. Postgres stays the
// truth: a reload (new agent, notification, failed write) replaces this from the database.

export type TContainerRun = {
  id: string
  name: string
  image: string
  command: string[]
  environment: Record<string, string>
  stage: string
  restartCount: number
  currentState: Record<string, unknown> | null
  /** When the agent saw the container enter its stage (ms); a resumed container counts from its load. */
  since: number
}

export type TGroupRun = {
  id: string
  name: string
  generation: number
  nodeId: string
  restartPolicy: string
  state: string
  provisioningState: string
  tags: Record<string, string>
  containers: TContainerRun[]
  /** Bumped whenever the group is rescheduled, so older heap entries for it are ignored. */
  epoch: number
}

type TStoredContainer = {
  id: string
  name: string
  image: string
  command: unknown
  environmentVariables: unknown
  lifecycleStage: string
  restartCount: number
  currentState: unknown
}

export function toContainerRun(container: TStoredContainer, now: number): TContainerRun {
  const variables = (Array.isArray(container.environmentVariables) ? container.environmentVariables : []) as Array<{ name: string; value?: string; secureValue?: string }>
  return {
    id: container.id,
    name: container.name,
    image: container.image,
    command: Array.isArray(container.command) ? (container.command as string[]) : [],
    environment: Object.fromEntries(variables.map((v) => [v.name, v.value ?? v.secureValue ?? ''])),
    stage: container.lifecycleStage,
    restartCount: container.restartCount,
    currentState: (container.currentState as Record<string, unknown> | null) ?? null,
    since: now,
  }
}

export function exitCodeOf(container: Pick<TContainerRun, 'currentState'>): number | null {
  const code = container.currentState?.exitCode
  return typeof code === 'number' ? code : null
}
