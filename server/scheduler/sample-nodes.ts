// Sampling, as kube-scheduler's percentageOfNodesToScore: in a large pool the scheduler stops
// looking once it has found enough feasible nodes, and the next placement starts where the last
// one stopped, so every node gets its turn and a placement costs O(sample), not O(pool).
// reserve-placement.ts does the same walk in SQL over an index; this is its pure model.

export const MIN_NODES_TO_SCORE = 100
export const PERCENTAGE_OF_NODES_TO_SCORE = 5

/** How many feasible nodes to score in a pool of `poolSize` nodes. */
export function nodesToScore(poolSize: number, { minimum = MIN_NODES_TO_SCORE, percentage = PERCENTAGE_OF_NODES_TO_SCORE } = {}): number {
  if (poolSize <= minimum) return Math.max(poolSize, 1)
  return Math.max(minimum, Math.ceil((poolSize * percentage) / 100))
}

/**
 * The first `size` nodes that `feasible` admits, walking in id order from just after `after`
 * (the last node the previous walk saw) and wrapping round once. Returns them in walk order,
 * with the id to start after next time.
 */
export function rotatingSample<T extends { id: string }>({
  nodes,
  feasible,
  after,
  size,
}: {
  nodes: readonly T[]
  feasible: (node: T) => boolean
  after: string | null
  size: number
}): { sample: T[]; nextAfter: string | null } {
  const ordered = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const start = after === null ? 0 : ordered.findIndex((node) => node.id > after)
  const walk = start <= 0 ? ordered : [...ordered.slice(start), ...ordered.slice(0, start)]
  const sample = walk.filter(feasible).slice(0, size)
  return { sample, nextAfter: sample.length ? sample[sample.length - 1].id : after }
}
