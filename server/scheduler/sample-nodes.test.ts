import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { nodesToScore, rotatingSample } from './sample-nodes'

describe('nodesToScore', () => {
  it('scores every node of a small pool', () => {
    expect(nodesToScore(0)).toBe(1)
    expect(nodesToScore(40)).toBe(40)
    expect(nodesToScore(100)).toBe(100)
  })

  it('scores at least 100 nodes and at most 5 % beyond that', () => {
    expect(nodesToScore(1000)).toBe(100)
    expect(nodesToScore(5000)).toBe(250)
    expect(nodesToScore(5000, { minimum: 50, percentage: 10 })).toBe(500)
  })
})

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}` }))

describe('rotatingSample', () => {
  it('starts after the previous walk and wraps round', () => {
    const nodes = ids(5)
    expect(rotatingSample({ nodes, feasible: () => true, after: 'n002', size: 4 })).toEqual({
      sample: [{ id: 'n003' }, { id: 'n004' }, { id: 'n000' }, { id: 'n001' }],
      nextAfter: 'n001',
    })
  })

  it('skips infeasible nodes without counting them', () => {
    const nodes = ids(6)
    const { sample } = rotatingSample({ nodes, feasible: (n) => n.id !== 'n001' && n.id !== 'n002', after: null, size: 2 })
    expect(sample.map((n) => n.id)).toEqual(['n000', 'n003'])
  })

  it('visits every feasible node once before repeating one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 20 }), fc.func(fc.boolean()), (count, size, pick) => {
        const nodes = ids(count)
        const feasible = (n: { id: string }) => pick(n.id)
        const expected = nodes.filter(feasible).length
        const seen: string[] = []
        let after: string | null = null
        while (seen.length < expected) {
          const walk: { sample: { id: string }[]; nextAfter: string | null } = rotatingSample({ nodes, feasible, after, size })
          seen.push(...walk.sample.map((n) => n.id))
          after = walk.nextAfter
        }
        expect(new Set(seen.slice(0, expected)).size).toBe(expected)
      }),
    )
  })
})
