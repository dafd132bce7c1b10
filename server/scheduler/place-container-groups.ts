// Reservations made by one scheduler process are grouped into shared transactions. A commit
// waits for the WAL to reach the disk, and a commit that notifies the node agents (the
// Placement trigger) holds Postgres's one notification lock while it waits, so committing each
// placement alone caps the whole cluster at one placement per disk flush. Concurrent schedule
// jobs therefore hand their reservation to this batcher, which runs up to BATCH_SIZE of them in
// one transaction: one flush, one notification commit, the same guarantees, since each
// reservation is a statement that never fails on a race (reserve-placement.ts).
import type { Db } from '../db/client'
import { reservePlacement, type TPlacementTarget, type TReservation } from './reserve-placement'
import { advanceWalkCursor, walkCursor } from './pool-walk'
import type { TSchedulingPolicy } from './scoring-policies'

const BATCH_SIZE = 32
const PARALLEL_BATCHES = 2
// Attempts that pass locked candidates by before one that waits for them.
const SKIP_LOCKED_ATTEMPTS = 4

type TPending = {
  target: TPlacementTarget
  policy: TSchedulingPolicy
  sampleSize: number
  attempt: number
  resolve: (reservation: TReservation) => void
  reject: (error: unknown) => void
}

const batchers = new WeakMap<Db, { pending: TPending[]; running: number }>()

async function reserve(client: Parameters<typeof reservePlacement>[0]['client'], item: TPending): Promise<TReservation> {
  const reservation = await reservePlacement({
    client,
    target: item.target,
    policy: item.policy,
    after: walkCursor(item.target, item.policy),
    sampleSize: item.sampleSize,
    skipLocked: item.attempt < SKIP_LOCKED_ATTEMPTS,
  })
  if ((reservation.status === 'placed' || reservation.status === 'contended') && reservation.walk) advanceWalkCursor(item.target, item.policy, reservation.walk)
  return reservation
}

async function runBatch(client: Db, batch: TPending[]) {
  // A reservation that waits for a locked node runs alone: waiting while holding the batch's
  // other locks could deadlock with another batch.
  const alone = batch.filter((item) => item.attempt >= SKIP_LOCKED_ATTEMPTS)
  const items = batch.filter((item) => item.attempt < SKIP_LOCKED_ATTEMPTS)
  await Promise.all(alone.map((item) => reserve(client, item).then(item.resolve, item.reject)))
  let results: TReservation[]
  try {
    results = await client.$transaction(
      async (tx) => {
        const done: TReservation[] = []
        for (const item of items) done.push(await reserve(tx, item))
        return done
      },
      { timeout: 30_000, maxWait: 10_000 },
    )
  } catch {
    // Something unexpected broke the shared transaction: each one alone, so only its own
    // reservation fails, with its own error.
    results = []
    for (const item of items) {
      try {
        results.push(await reserve(client, item))
      } catch (error) {
        item.reject(error)
        results.push({ status: 'contended', walk: null })
        item.attempt = Number.POSITIVE_INFINITY
      }
    }
  }
  const state = batchers.get(client)!
  for (const [index, item] of items.entries()) {
    const result = results[index]
    if (item.attempt === Number.POSITIVE_INFINITY) continue
    // Lost every candidate to parallel schedulers: sample again in the next batch.
    if (result.status === 'contended') state.pending.push({ ...item, attempt: item.attempt + 1 })
    else item.resolve(result)
  }
}

function pump(client: Db) {
  const state = batchers.get(client)!
  while (state.running < PARALLEL_BATCHES && state.pending.length > 0) {
    const items = state.pending.splice(0, BATCH_SIZE)
    state.running++
    void runBatch(client, items).finally(() => {
      state.running--
      pump(client)
    })
  }
}

/** Reserves a node for the group, sharing a transaction with other placements in flight. */
export function placeContainerGroup({ client, target, policy, sampleSize }: { client: Db; target: TPlacementTarget; policy: TSchedulingPolicy; sampleSize: number }): Promise<TReservation> {
  let state = batchers.get(client)
  if (!state) batchers.set(client, (state = { pending: [], running: 0 }))
  const queued = state
  return new Promise<TReservation>((resolve, reject) => {
    queued.pending.push({ target, policy, sampleSize, attempt: 0, resolve, reject })
    // Let the other jobs of this tick join before the batch starts.
    setImmediate(() => pump(client))
  })
}
