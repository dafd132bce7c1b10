// Pure placement: which nodes can take a container group, best first. No I/O here: it is the
// model of what reserve-placement.ts does inside Postgres (filter, sample, score), so a policy
// can be tested and reasoned about on its own.
import { fitsOnNode, scoreNode, type TNodeCapacity, type TPlacementRequest, type TSchedulingPolicy } from './scoring-policies'
import { nodesToScore, rotatingSample } from './sample-nodes'

export { fitsOnNode, type TNodeCapacity, type TPlacementRequest } from './scoring-policies'

/**
 * Candidates in the order the scheduler tries them: the feasible nodes of the sample, highest
 * score first. Ties keep the walk order, so equal nodes are taken in turn rather than always
 * the same one.
 */
export function rankNodes({
  nodes,
  request,
  policy = 'binpack',
  after = null,
  sampleSize = nodesToScore(nodes.length),
}: {
  nodes: TNodeCapacity[]
  request: TPlacementRequest
  policy?: TSchedulingPolicy
  after?: string | null
  sampleSize?: number
}): TNodeCapacity[] {
  const { sample } = rotatingSample({ nodes, feasible: (node) => fitsOnNode(node, request), after, size: sampleSize })
  return sample
    .map((node, position) => ({ node, position, score: scoreNode(node, request, policy) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ node }) => node)
}
