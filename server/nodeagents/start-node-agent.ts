// A node agent: one process simulating every node it holds a lease on, the way kwok simulates
// kubelets. Nothing here loops per node or per container: one lease timer, one heap of due
// steps behind one setTimeout, one LISTEN connection for placements, and a single "pump" that
// turns due steps into batched transactions. Everything it knows can be rebuilt from Postgres,
// so a successor (or the same agent after Postgres comes back) simply reloads and carries on.
import os from 'node:os'
import { randomBytes } from 'node:crypto'
import { db as defaultDb, type Db } from '../db/client'
import { env } from '../env'
import { appendLogLines } from '../logs/append-log-lines'
import { logInstanceId } from '../logs/log-stream-key'
import { loadNodeImages, recordNodeImage } from '../runtime/node-images'
import { deriveGroupOutcome } from '../runtime/container-group-state'
import { commitContainerSteps, type TBatchItem } from './commit-container-steps'
import { exitCodeOf, type TGroupRun } from './container-run'
import { nextStepAt, planStep } from './container-steps'
import { listenForPlacements } from './listen-for-placements'
import { findPlacedGroupIds, loadPlacedGroups } from './load-placed-groups'
import { releaseNodeLeases, renewNodeLeases } from './renew-node-leases'
import { TimerQueue } from './timer-queue'

export type TNodeAgentOptions = {
  client?: Db
  databaseUrl?: string
  agentId?: string
  leaseMs?: number
  renewMs?: number
  /** Containers' steps per transaction. */
  batchSize?: number
  log?: (line: string) => void
}

export type TNodeAgentStats = { agentId: string; nodes: number; groups: number; timers: number; pendingLoads: number; committedSteps: number }

export type TNodeAgent = {
  agentId: string
  stats: () => TNodeAgentStats
  /** Stops timers and connections; `handBack` releases the leases for another agent at once. */
  stop: (options?: { handBack?: boolean }) => Promise<void>
}

const LOAD_CHUNK = 2_000
const RETRY_MS = 1_000

function sameObservedState(a: TGroupRun, b: TGroupRun): boolean {
  return (
    a.generation === b.generation &&
    a.nodeId === b.nodeId &&
    a.containers.length === b.containers.length &&
    a.containers.every((c, i) => c.id === b.containers[i].id && c.stage === b.containers[i].stage && c.restartCount === b.containers[i].restartCount)
  )
}

function needsSettling(group: TGroupRun): boolean {
  const outcome = deriveGroupOutcome({
    containers: group.containers.map((c) => ({ lifecycleStage: c.stage, exitCode: exitCodeOf(c) })),
    restartPolicy: group.restartPolicy,
    provisioningState: group.provisioningState,
  })
  return outcome.finished || outcome.state !== group.state || outcome.provisioningState !== group.provisioningState
}

export function startNodeAgent({
  client = defaultDb,
  databaseUrl = env.DATABASE_URL,
  agentId = `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
  leaseMs = env.CERULEAN_NODE_LEASE_MS,
  renewMs = env.CERULEAN_NODE_LEASE_RENEW_MS,
  batchSize = 1_000,
  log = (line) => console.log(`node-agent ${agentId}: ${line}`),
}: TNodeAgentOptions = {}): TNodeAgent {
  const nodes = new Map<string, string>()
  const groups = new Map<string, TGroupRun>()
  const pendingLoads = new Set<string>()
  const timers = new TimerQueue<{ id: string; epoch: number }>(() => kick())
  let resyncRequested = false
  let stopped = false
  let pumping: Promise<void> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let committedSteps = 0
  let lastError = ''

  // Forget what we know and read it again: after a failed write or a lost race, the in-memory
  // picture may be wrong, and a reload that finds it "unchanged" must still reschedule it.
  const reload = (id: string) => {
    groups.delete(id)
    pendingLoads.add(id)
  }

  const reportError = (what: string, error: unknown) => {
    const message = `${what}: ${(error as Error).message?.split('\n')[0] ?? String(error)}`
    // A database outage fails every attempt the same way; say so once, not every second.
    if (message !== lastError) log(message)
    lastError = message
  }

  // A group with nothing left to time (servers up and running, say) is not kept in memory: the
  // next thing that can happen to it is a placement change, whose notification reloads it. So
  // memory follows the groups in motion, not all the groups an agent is responsible for.
  function schedule(group: TGroupRun, now = Date.now()) {
    group.epoch++
    let at = needsSettling(group) ? now : Infinity
    for (const container of group.containers) at = Math.min(at, nextStepAt(container, group.restartPolicy, group) ?? Infinity)
    if (at === Infinity) groups.delete(group.id)
    else timers.push(at, { id: group.id, epoch: group.epoch })
  }

  function kick() {
    if (stopped || pumping || retryTimer) return
    pumping = pump().finally(() => {
      pumping = undefined
      if (pendingLoads.size > 0 || resyncRequested || (timers.nextAt() ?? Infinity) <= Date.now()) kick()
    })
  }

  function retryLater() {
    if (retryTimer || stopped) return
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      kick()
    }, RETRY_MS)
  }

  async function resync() {
    await loadNodeImages({ client, nodeIds: [...nodes.keys()] })
    const ids = await findPlacedGroupIds({ client, nodeIds: [...nodes.keys()] })
    for (const id of [...ids, ...groups.keys()]) pendingLoads.add(id)
  }

  async function loadPending() {
    const ids = [...pendingLoads].slice(0, LOAD_CHUNK)
    // Taken before the read: a placement notification arriving meanwhile (a group evicted here,
    // placed again elsewhere) adds its id back for another read instead of being wiped.
    for (const id of ids) pendingLoads.delete(id)
    const loaded = await loadPlacedGroups({ client, containerGroupIds: ids }).catch((error: unknown) => {
      for (const id of ids) pendingLoads.add(id)
      throw error
    })
    const found = new Map(loaded.filter((group) => nodes.has(group.nodeId)).map((group) => [group.id, group]))
    for (const id of ids) {
      const fresh = found.get(id)
      const existing = groups.get(id)
      if (!fresh) {
        groups.delete(id)
        continue
      }
      // Unchanged (a duplicate notification, a resync): keep the timing already under way.
      if (existing && sameObservedState(existing, fresh)) continue
      fresh.epoch = existing?.epoch ?? 0
      groups.set(id, fresh)
      schedule(fresh)
    }
  }

  async function runDueSteps(): Promise<'idle' | 'worked' | 'failed'> {
    const now = Date.now()
    const due = timers.takeDue(now, batchSize)
    if (due.length === 0) return 'idle'
    const items: TBatchItem[] = []
    const seen = new Set<string>()
    for (const { id, epoch } of due) {
      const group = groups.get(id)
      if (!group || group.epoch !== epoch || seen.has(id)) continue
      seen.add(id)
      const at = new Date(now)
      const writes = group.containers
        .filter((container) => (nextStepAt(container, group.restartPolicy, group) ?? Infinity) <= now)
        .map((container) => planStep(container, group.restartPolicy, at, group))
        .filter((write) => write !== null)
      if (writes.length > 0 || needsSettling(group)) items.push({ group, writes })
      else schedule(group, now)
    }
    if (items.length === 0) return 'worked'
    let result
    try {
      result = await commitContainerSteps({ client, items })
    } catch (error) {
      reportError('could not write container steps, reloading', error)
      for (const { group } of items) reload(group.id)
      retryLater()
      return 'failed'
    }
    lastError = ''
    const after = Date.now()
    for (const { group, writes } of items) {
      // Stale: the generation is gone. Not moved: someone else changed the container (a stop
      // in flight, say). Either way the database knows better than this agent.
      if (result.stale.has(group.id) || writes.some((write) => !result.moved.has(write.containerId))) {
        reload(group.id)
        continue
      }
      for (const write of writes) {
        const container = group.containers.find((c) => c.id === write.containerId)!
        committedSteps++
        container.stage = write.to
        container.since = after
        container.restartCount += write.restartIncrement
        if (write.currentState) container.currentState = write.currentState
        if (write.pulledImage) {
          recordNodeImage({ client, nodeId: group.nodeId, image: container.image }).catch((error) => reportError('could not record a pulled image', error))
        }
        if (write.logLines.length > 0) {
          // Logs go to Redis; losing Redis must not stall the lifecycle, which Postgres holds.
          const instance = logInstanceId({ generation: group.generation, restartCount: container.restartCount })
          appendLogLines({ containerGroupId: group.id, containerName: container.name, instance, lines: write.logLines }).catch((error) =>
            reportError('could not append log lines', error),
          )
        }
      }
      const outcome = result.outcomes.get(group.id)!
      group.state = outcome.state
      group.provisioningState = outcome.provisioningState
      if (outcome.finished) groups.delete(group.id)
      else schedule(group, after)
    }
    return 'worked'
  }

  // Loading and stepping alternate chunk by chunk, so a large takeover starts groups while it
  // is still reading the rest, and only a few chunks are ever in memory at once.
  async function pump() {
    while (!stopped) {
      let loaded = false
      try {
        if (resyncRequested) {
          resyncRequested = false
          await resync()
        }
        if (pendingLoads.size > 0) {
          await loadPending()
          loaded = true
        }
      } catch (error) {
        reportError('could not load placed groups', error)
        resyncRequested = true
        retryLater()
        return
      }
      const stepped = await runDueSteps()
      if (stepped === 'failed' || (stepped === 'idle' && !loaded)) return
    }
  }

  async function renewLeases() {
    try {
      const renewal = await renewNodeLeases({ client, agentId, leaseMs })
      const held = new Map(renewal.held.map((node) => [node.id, node.name]))
      const lost = [...nodes.keys()].filter((id) => !held.has(id))
      const gained = [...held.keys()].filter((id) => !nodes.has(id))
      for (const id of lost) nodes.delete(id)
      for (const [id, name] of held) nodes.set(id, name)
      if (lost.length > 0) {
        const lostSet = new Set(lost)
        for (const [id, group] of groups) if (lostSet.has(group.nodeId)) groups.delete(id)
        log(`handed over ${lost.length} node(s); holding ${nodes.size}`)
      }
      if (gained.length > 0) {
        for (const id of await findPlacedGroupIds({ client, nodeIds: gained })) pendingLoads.add(id)
        log(`took ${gained.length} node(s); holding ${nodes.size}`)
        kick()
      }
    } catch (error) {
      reportError('could not renew node leases', error)
    }
  }

  const listener = listenForPlacements({
    databaseUrl,
    onPlacement: (nodeId, containerGroupId) => {
      if (!nodes.has(nodeId) && !groups.has(containerGroupId)) return
      pendingLoads.add(containerGroupId)
      kick()
    },
    onConnected: () => {
      resyncRequested = true
      kick()
    },
  })

  let leaseTimer: ReturnType<typeof setTimeout> | undefined
  const leaseLoop = async () => {
    await renewLeases()
    if (!stopped) leaseTimer = setTimeout(() => void leaseLoop(), renewMs)
  }
  void leaseLoop()

  return {
    agentId,
    stats: () => ({ agentId, nodes: nodes.size, groups: groups.size, timers: timers.size, pendingLoads: pendingLoads.size, committedSteps }),
    stop: async ({ handBack = true } = {}) => {
      stopped = true
      if (leaseTimer) clearTimeout(leaseTimer)
      if (retryTimer) clearTimeout(retryTimer)
      timers.clear()
      await pumping
      await listener.close()
      if (handBack) await releaseNodeLeases({ client, agentId }).catch((error) => reportError('could not hand back node leases', error))
    },
  }
}
