import { describe, expect, it } from 'vitest'
import { buildPlacementReport, lowerBoundNodes, strandedOnNode, type TNodeUsage } from './placement-report'

function node(name: string, region: string, cpuAllocatedMillicores: number, memoryAllocatedMb: number, overrides: Partial<TNodeUsage> = {}): TNodeUsage {
  return {
    id: name,
    name,
    region,
    osType: 'Linux',
    state: 'Ready',
    cordoned: false,
    cpuCapacityMillicores: 4000,
    memoryCapacityMb: 8192,
    cpuAllocatedMillicores,
    memoryAllocatedMb,
    ...overrides,
  }
}

describe('strandedOnNode', () => {
  it('counts what is left on a node that can no longer take 1 vCPU / 1.5 GB', () => {
    // CPU used up, 6 GB of memory nobody can use.
    expect(strandedOnNode(node('a', 'eastus', 4000, 2048))).toEqual({ cpuMillicores: 0, memoryMb: 6144 })
    // Memory used up, 2 vCPU nobody can use.
    expect(strandedOnNode(node('b', 'eastus', 2000, 7168))).toEqual({ cpuMillicores: 2000, memoryMb: 1024 })
  })

  it('counts nothing on a node that can still take a group', () => {
    expect(strandedOnNode(node('c', 'eastus', 3000, 6656))).toEqual({ cpuMillicores: 0, memoryMb: 0 })
  })
})

describe('lowerBoundNodes', () => {
  it('is ceil(max(cpu / node cpu, memory / node memory)) in a homogeneous region', () => {
    // 9 vCPU and 10 GB allocated over 4 vCPU / 8 GB nodes: ceil(max(2.25, 1.25)) = 3.
    const nodes = [node('a', 'eastus', 4000, 2048), node('b', 'eastus', 4000, 4096), node('c', 'eastus', 1000, 4096), node('d', 'eastus', 0, 0)]
    expect(lowerBoundNodes(nodes)).toBe(3)
  })

  it('counts the largest nodes first when sizes differ', () => {
    const nodes = [node('big', 'eastus', 1000, 1024, { cpuCapacityMillicores: 16000, memoryCapacityMb: 65536 }), node('small', 'eastus', 4000, 1024)]
    expect(lowerBoundNodes(nodes)).toBe(1)
  })
})

describe('buildPlacementReport', () => {
  it('reports each region and the pool, with the packing ratio against the bound', () => {
    const nodes = [
      node('e1', 'eastus', 4000, 6144),
      node('e2', 'eastus', 1000, 1536),
      node('e3', 'eastus', 0, 0),
      node('w1', 'westus', 2000, 3072),
      node('w2', 'westus', 2000, 3072),
    ]
    const report = buildPlacementReport(nodes, { now: new Date('2026-01-01T00:00:00Z') })
    expect(report.regions.map((r) => [r.region, r.nodes, r.nodesUsed, r.lowerBoundNodes, r.packingRatio, r.homogeneous])).toEqual([
      ['eastus', 3, 2, 2, 1, true],
      ['westus', 2, 2, 1, 2, true],
    ])
    expect(report.regions[0].cpu).toEqual({ capacityMillicores: 12000, allocatedMillicores: 5000, strandedMillicores: 0 })
    expect(report.regions[0].memory).toEqual({ capacityMb: 24576, allocatedMb: 7680, strandedMb: 2048 })
    expect(report.totals).toMatchObject({ nodes: 5, nodesUsed: 4, lowerBoundNodes: 3 })
    expect(report.totals.packingRatio).toBeCloseTo(4 / 3)
    expect(report.nodes.find((n) => n.name === 'e1')?.stranded).toEqual({ cpuMillicores: 0, memoryMb: 2048 })
  })
})
