// Pure placement: which nodes can take a container group, best first. No I/O here, so the
// policy can be tested and benchmarked on its own; `reserve-placement.ts` makes it true.

export type TPlacementStrategy = 'binpack' | 'spread'

export type TNodeCapacity = {
  id: string
  name: string
  region: string
  osType: string
  state: string
  cpuCapacityMillicores: number
  memoryCapacityMb: number
  cpuAllocatedMillicores: number
  memoryAllocatedMb: number
}

export type TPlacementRequest = {
  region: string
  osType: string
  cpuMillicores: number
  memoryMb: number
}

export function fitsOnNode(node: TNodeCapacity, request: TPlacementRequest): boolean {
  return (
    node.state === 'Ready' &&
    node.region === request.region &&
    node.osType === request.osType &&
    node.cpuAllocatedMillicores + request.cpuMillicores <= node.cpuCapacityMillicores &&
    node.memoryAllocatedMb + request.memoryMb <= node.memoryCapacityMb
  )
}

/** How full the node would be after the placement, 0..1, the busier of CPU and memory. */
export function utilizationAfter(node: TNodeCapacity, request: TPlacementRequest): number {
  const cpu = (node.cpuAllocatedMillicores + request.cpuMillicores) / node.cpuCapacityMillicores
  const memory = (node.memoryAllocatedMb + request.memoryMb) / node.memoryCapacityMb
  return Math.max(cpu, memory)
}

/**
 * Candidates in the order the scheduler should try them. Bin-pack fills the busiest node that
 * still fits, keeping whole nodes free for large groups; spread picks the emptiest, trading
 * density for fewer groups lost when one node fails. Ties go by name so runs are repeatable.
 */
export function rankNodes({
  nodes,
  request,
  strategy = 'binpack',
}: {
  nodes: TNodeCapacity[]
  request: TPlacementRequest
  strategy?: TPlacementStrategy
}): TNodeCapacity[] {
  const direction = strategy === 'binpack' ? -1 : 1
  return nodes
    .filter((node) => fitsOnNode(node, request))
    .map((node) => ({ node, score: utilizationAfter(node, request) }))
    .sort((a, b) => direction * (a.score - b.score) || a.node.name.localeCompare(b.node.name))
    .map(({ node }) => node)
}
