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
  it('drops nodes in another region, of another OS, not Ready or without room', () => {
    const nodes = [
      node('a', { region: 'westus' }),
      node('b', { osType: 'Windows' }),
      node('c', { state: 'NotReady' }),
      node('d', { cpuAllocatedMillicores: 3500 }),
      node('e', { memoryAllocatedMb: 16000 }),
      node('f'),
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
    expect(rankNodes({ nodes, request, strategy: 'spread' }).map((n) => n.name)).toEqual(['empty', 'quarter', 'half'])
  })

  it('breaks ties by name', () => {
    expect(rankNodes({ nodes: [node('n2'), node('n1')], request }).map((n) => n.name)).toEqual(['n1', 'n2'])
  })
})
