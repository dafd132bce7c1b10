import { describe, expect, it } from 'vitest'
import { fractionsAfter, POLICY_WEIGHTS, SCHEDULING_POLICIES, scoreNode, type TNodeCapacity } from './scoring-policies'

function node(cpuAllocatedMillicores: number, memoryAllocatedMb: number): TNodeCapacity {
  return { id: 'n', name: 'n', region: 'eastus', osType: 'Linux', state: 'Ready', cpuCapacityMillicores: 8000, memoryCapacityMb: 16384, cpuAllocatedMillicores, memoryAllocatedMb }
}

const request = { region: 'eastus', osType: 'Linux', cpuMillicores: 1000, memoryMb: 2048 }

describe('scoring policies', () => {
  it('measure how full the node would be after the placement', () => {
    expect(fractionsAfter(node(3000, 6144), request)).toEqual({ cpu: 0.5, memory: 0.5 })
  })

  it('binpack scores the mean fraction, spread its opposite', () => {
    expect(scoreNode(node(3000, 6144), request, 'binpack')).toBeCloseTo(0.5)
    expect(scoreNode(node(7000, 14336), request, 'binpack')).toBeCloseTo(1)
    expect(scoreNode(node(3000, 6144), request, 'spread')).toBeCloseTo(-0.5)
    expect(scoreNode(node(0, 0), request, 'spread')).toBeGreaterThan(scoreNode(node(3000, 6144), request, 'spread'))
  })

  it('balanced prefers the node whose CPU and memory fill evenly over an equally full lopsided one', () => {
    const even = node(3000, 6144) // 50 % CPU, 50 % memory after placement
    const lopsided = node(5000, 2048) // 75 % CPU, 25 % memory after placement: same mean
    expect(scoreNode(even, request, 'binpack')).toBeCloseTo(scoreNode(lopsided, request, 'binpack'))
    expect(scoreNode(even, request, 'balanced')).toBeGreaterThan(scoreNode(lopsided, request, 'balanced'))
    expect(scoreNode(lopsided, request, 'balanced')).toBeCloseTo(0.5 - 0.5 * 0.5)
  })

  it('balanced still packs: between two even nodes the fuller one wins', () => {
    expect(scoreNode(node(5000, 10240), request, 'balanced')).toBeGreaterThan(scoreNode(node(1000, 2048), request, 'balanced'))
  })

  it('has weights for every policy', () => {
    expect(Object.keys(POLICY_WEIGHTS).sort()).toEqual([...SCHEDULING_POLICIES].sort())
  })
})
