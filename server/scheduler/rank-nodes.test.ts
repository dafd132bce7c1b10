import { describe, expect, it } from 'vitest'
import { rankNodes, type TNodeCapacity } from './rank-nodes'

function node(name: string, overrides: Partial<TNodeCapacity> = {}): TNodeCapacity {
  return {
    id: name,
    name,
    region: 'eastus',
    osType: 'Linux',
    state: 'Ready',
    cpuCapacityMillicores: 4000,
    memoryCapacityMb: 16384,
    cpuAllocatedMillicores: 0,
    memoryAllocatedMb: 0,
    ...overrides,
  }
}

const request = { region: 'eastus', osType: 'Linux', cpuMillicores: 1000, memoryMb: 1536 }

describe('rankNodes', () => {
  it('drops nodes in another region, of another OS, not Ready, cordoned or without room', () => {
    const nodes = [
      node('a', { region: 'westus' }),
      node('b', { osType: 'Windows' }),
      node('c', { state: 'NotReady' }),
      node('d', { cpuAllocatedMillicores: 3500 }),
      node('e', { memoryAllocatedMb: 16000 }),
      node('f'),
      node('g', { cordoned: true }),
    ]
    expect(rankNodes({ nodes, request }).map((n) => n.name)).toEqual(['f'])
  })

  it('accepts a node that the request fills exactly', () => {
    const nodes = [node('full', { cpuAllocatedMillicores: 3000, memoryAllocatedMb: 16384 - 1536 })]
    expect(rankNodes({ nodes, request }).map((n) => n.name)).toEqual(['full'])
  })

  it('bin-packs onto the busiest node by default', () => {
    const nodes = [node('empty'), node('half', { cpuAllocatedMillicores: 2000 }), node('quarter', { memoryAllocatedMb: 4096 })]
    expect(rankNodes({ nodes, request }).map((n) => n.name)).toEqual(['half', 'quarter', 'empty'])
  })

  it('spreads onto the emptiest node when asked', () => {
    const nodes = [node('half', { cpuAllocatedMillicores: 2000 }), node('empty'), node('quarter', { memoryAllocatedMb: 4096 })]
    expect(rankNodes({ nodes, request, policy: 'spread' }).map((n) => n.name)).toEqual(['empty', 'quarter', 'half'])
  })

  it('keeps the walk order between equal nodes, so they are used in turn', () => {
    const nodes = [node('n1'), node('n2'), node('n3')]
    expect(rankNodes({ nodes, request }).map((n) => n.name)).toEqual(['n1', 'n2', 'n3'])
    expect(rankNodes({ nodes, request, after: 'n1' }).map((n) => n.name)).toEqual(['n2', 'n3', 'n1'])
  })

  it('scores only the sample, starting after the previous walk', () => {
    const nodes = [node('n1', { cpuAllocatedMillicores: 3000 }), node('n2'), node('n3'), node('n4', { cpuAllocatedMillicores: 2000 })]
    // n1 is the best fit in the pool but lies outside a 2-node sample starting after n1.
    expect(rankNodes({ nodes, request, after: 'n1', sampleSize: 2 }).map((n) => n.name)).toEqual(['n2', 'n3'])
    expect(rankNodes({ nodes, request, after: 'n2', sampleSize: 2 }).map((n) => n.name)).toEqual(['n4', 'n3'])
  })
})
