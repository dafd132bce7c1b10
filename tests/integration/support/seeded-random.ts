// A small seeded PRNG (mulberry32) for fault tests: a failing run prints its seed, and setting
// CERULEAN_FAULT_SEED to it replays the same choices.
import { randomInt } from 'node:crypto'

export function faultSeed(): number {
  const given = process.env.CERULEAN_FAULT_SEED
  if (given === undefined || given === '') return randomInt(1, 2 ** 31)
  const seed = Number(given)
  if (!Number.isSafeInteger(seed)) throw new Error(`CERULEAN_FAULT_SEED must be an integer, got '${given}'`)
  return seed
}

/** A function returning integers in [min, max), the same sequence for the same seed. */
export function seededRandomInt(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (min, max) => min + Math.floor(next() * (max - min))
}
