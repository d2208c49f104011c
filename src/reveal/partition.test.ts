import { describe, expect, it } from 'vitest'
import { partitionPoint } from './partition'

describe('partitionPoint', () => {
  const bottoms = [10, 20, 30, 40, 50]
  const at = (i: number) => bottoms[i] ?? Infinity
  it('finds the first item ending at or below y', () => {
    expect(partitionPoint(bottoms.length, (i) => at(i) < 25)).toBe(2)
    expect(partitionPoint(bottoms.length, (i) => at(i) < 30)).toBe(2)
    expect(partitionPoint(bottoms.length, (i) => at(i) < 31)).toBe(3)
  })
  it('is 0 when nothing comes before, and count when everything does', () => {
    expect(partitionPoint(bottoms.length, (i) => at(i) < 0)).toBe(0)
    expect(partitionPoint(bottoms.length, (i) => at(i) < 99)).toBe(5)
    expect(partitionPoint(0, () => true)).toBe(0)
  })
  it('asks about log2(n) items, not n', () => {
    let asked = 0
    const n = 100_000
    partitionPoint(n, (i) => (asked++, i < 31_337))
    expect(asked).toBeLessThanOrEqual(Math.ceil(Math.log2(n)) + 1)
  })
})
