// How the scheduler prefers one feasible node over another. Every policy is the same formula
// with different weights, so the pure scorer below and the SQL that scores inside Postgres
// (reserve-placement.ts) are built from one table and cannot drift apart.
//
//   score = allocation × mean(cpu fraction, memory fraction) + imbalance × |cpu fraction − memory fraction|
//
// where a fraction is how full the node would be *after* the placement, as kube-scheduler's
// NodeResourcesFit and BalancedAllocation plugins compute them.
export const SCHEDULING_POLICIES = ['binpack', 'spread', 'balanced'] as const
export type TSchedulingPolicy = (typeof SCHEDULING_POLICIES)[number]

export type TPolicyWeights = { allocation: number; imbalance: number }

export const POLICY_WEIGHTS: Record<TSchedulingPolicy, TPolicyWeights> = {
  // MostAllocated: fill the busiest node, keeping whole nodes free for large groups.
  binpack: { allocation: 1, imbalance: 0 },
  // LeastAllocated: fill the emptiest node, so one node failing takes down fewer groups.
  spread: { allocation: -1, imbalance: 0 },
  // MostAllocated plus BalancedAllocation at kube's weights: pack, but avoid using up one
  // resource while the other stays free, which is what strands capacity on a node.
  balanced: { allocation: 1, imbalance: -0.5 },
}

export type TNodeCapacity = {
  id: string
  name: string
  region: string
  osType: string
  state: string
  cordoned?: boolean
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
    !node.cordoned &&
    node.region === request.region &&
    node.osType === request.osType &&
    node.cpuAllocatedMillicores + request.cpuMillicores <= node.cpuCapacityMillicores &&
    node.memoryAllocatedMb + request.memoryMb <= node.memoryCapacityMb
  )
}

/** CPU and memory fractions of the node once the request is placed on it, 0..1 each. */
export function fractionsAfter(node: TNodeCapacity, request: TPlacementRequest): { cpu: number; memory: number } {
  return {
    cpu: (node.cpuAllocatedMillicores + request.cpuMillicores) / node.cpuCapacityMillicores,
    memory: (node.memoryAllocatedMb + request.memoryMb) / node.memoryCapacityMb,
  }
}

export function scoreNode(node: TNodeCapacity, request: TPlacementRequest, policy: TSchedulingPolicy): number {
  const { allocation, imbalance } = POLICY_WEIGHTS[policy]
  const { cpu, memory } = fractionsAfter(node, request)
  return allocation * ((cpu + memory) / 2) + imbalance * Math.abs(cpu - memory)
}

export function isSchedulingPolicy(value: unknown): value is TSchedulingPolicy {
  return typeof value === 'string' && (SCHEDULING_POLICIES as readonly string[]).includes(value)
}
