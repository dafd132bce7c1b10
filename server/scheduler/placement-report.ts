// How well the scheduler uses the pool: allocated against capacity per node and per region,
// capacity stranded on nodes that can no longer take even a small group because one resource
// ran out, and, for bin-packing, how many nodes are in use against the fewest that could hold
// the same allocation. Read by the node-pool admin route and printed by bench:scheduler.
import { db as defaultDb, type Db } from '../db/client'

export type TNodeUsage = {
  id: string
  name: string
  region: string
  osType: string
  state: string
  cordoned: boolean
  cpuCapacityMillicores: number
  memoryCapacityMb: number
  cpuAllocatedMillicores: number
  memoryAllocatedMb: number
}

// ACI's default container group (1 vCPU, 1.5 GB): a node that cannot take one is full for
// practical purposes, whatever it has left of the other resource.
export const REFERENCE_REQUEST = { cpuMillicores: 1000, memoryMb: 1536 }

type TRequest = typeof REFERENCE_REQUEST

export type TRegionReport = {
  region: string
  nodes: number
  nodesUsed: number
  homogeneous: boolean
  cpu: { capacityMillicores: number; allocatedMillicores: number; strandedMillicores: number }
  memory: { capacityMb: number; allocatedMb: number; strandedMb: number }
  // The fewest nodes that could hold this region's allocation; exact for a homogeneous region.
  lowerBoundNodes: number
  // nodesUsed / lowerBoundNodes: 1 is perfect packing.
  packingRatio: number | null
}

export type TPlacementReport = {
  generatedAt: string
  referenceRequest: TRequest
  totals: Omit<TRegionReport, 'region' | 'homogeneous'>
  regions: TRegionReport[]
  nodes: (TNodeUsage & { stranded: { cpuMillicores: number; memoryMb: number } })[]
}

/** What is left on a node that the reference request can no longer use. */
export function strandedOnNode(node: TNodeUsage, request: TRequest = REFERENCE_REQUEST): { cpuMillicores: number; memoryMb: number } {
  const freeCpu = Math.max(0, node.cpuCapacityMillicores - node.cpuAllocatedMillicores)
  const freeMemory = Math.max(0, node.memoryCapacityMb - node.memoryAllocatedMb)
  const fits = freeCpu >= request.cpuMillicores && freeMemory >= request.memoryMb
  return fits ? { cpuMillicores: 0, memoryMb: 0 } : { cpuMillicores: freeCpu, memoryMb: freeMemory }
}

/** Fewest of the largest nodes whose capacity covers `allocated`, for one resource. */
function fewestNodesCovering(capacities: number[], allocated: number): number {
  if (allocated <= 0) return 0
  const largestFirst = [...capacities].sort((a, b) => b - a)
  let covered = 0
  for (const [index, capacity] of largestFirst.entries()) {
    covered += capacity
    if (covered >= allocated) return index + 1
  }
  return largestFirst.length
}

/**
 * ceil(max(sum cpu / node cpu, sum memory / node memory)) for a homogeneous region; for mixed
 * node sizes the same bound taken over the largest nodes first, which is still a lower bound.
 */
export function lowerBoundNodes(nodes: TNodeUsage[]): number {
  const cpu = nodes.reduce((sum, n) => sum + n.cpuAllocatedMillicores, 0)
  const memory = nodes.reduce((sum, n) => sum + n.memoryAllocatedMb, 0)
  return Math.max(
    fewestNodesCovering(nodes.map((n) => n.cpuCapacityMillicores), cpu),
    fewestNodesCovering(nodes.map((n) => n.memoryCapacityMb), memory),
  )
}

function summarize(nodes: TNodeUsage[], request: TRequest): Omit<TRegionReport, 'region' | 'homogeneous'> {
  const stranded = nodes.map((node) => strandedOnNode(node, request))
  const nodesUsed = nodes.filter((n) => n.cpuAllocatedMillicores > 0 || n.memoryAllocatedMb > 0).length
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  const lowerBound = lowerBoundNodes(nodes)
  return {
    nodes: nodes.length,
    nodesUsed,
    cpu: {
      capacityMillicores: sum(nodes.map((n) => n.cpuCapacityMillicores)),
      allocatedMillicores: sum(nodes.map((n) => n.cpuAllocatedMillicores)),
      strandedMillicores: sum(stranded.map((s) => s.cpuMillicores)),
    },
    memory: {
      capacityMb: sum(nodes.map((n) => n.memoryCapacityMb)),
      allocatedMb: sum(nodes.map((n) => n.memoryAllocatedMb)),
      strandedMb: sum(stranded.map((s) => s.memoryMb)),
    },
    lowerBoundNodes: lowerBound,
    packingRatio: lowerBound > 0 ? nodesUsed / lowerBound : null,
  }
}

/** The report over a set of nodes (pure, so it is tested without a database). */
export function buildPlacementReport(nodes: TNodeUsage[], { request = REFERENCE_REQUEST, now = new Date() }: { request?: TRequest; now?: Date } = {}): TPlacementReport {
  const byRegion = new Map<string, TNodeUsage[]>()
  for (const node of nodes) byRegion.set(node.region, [...(byRegion.get(node.region) ?? []), node])
  const regions = [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, regionNodes]) => ({
      region,
      homogeneous: new Set(regionNodes.map((n) => `${n.cpuCapacityMillicores}/${n.memoryCapacityMb}`)).size === 1,
      ...summarize(regionNodes, request),
    }))
  const totals = summarize(nodes, request)
  // Regions cannot share nodes, so the pool's bound is the sum of the regions' bounds.
  const lowerBound = regions.reduce((sum, r) => sum + r.lowerBoundNodes, 0)
  return {
    generatedAt: now.toISOString(),
    referenceRequest: request,
    totals: { ...totals, lowerBoundNodes: lowerBound, packingRatio: lowerBound > 0 ? totals.nodesUsed / lowerBound : null },
    regions,
    nodes: nodes.map((node) => ({ ...node, stranded: strandedOnNode(node, request) })),
  }
}

export async function getPlacementReport({ client = defaultDb, region }: { client?: Db; region?: string } = {}): Promise<TPlacementReport> {
  const nodes = await client.node.findMany({
    where: region ? { region } : {},
    select: {
      id: true,
      name: true,
      region: true,
      osType: true,
      state: true,
      cordoned: true,
      cpuCapacityMillicores: true,
      memoryCapacityMb: true,
      cpuAllocatedMillicores: true,
      memoryAllocatedMb: true,
    },
    orderBy: { name: 'asc' },
  })
  return buildPlacementReport(nodes)
}
