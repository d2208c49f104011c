import { describe, expect, it } from 'vitest'
import { formatCount } from './words'

describe('formatCount', () => {
  it('groups digits in threes with commas, as English writes counts', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(7)).toBe('7')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1000)).toBe('1,000')
    expect(formatCount(1377)).toBe('1,377')
    expect(formatCount(618016)).toBe('618,016')
    expect(formatCount(1234567890)).toBe('1,234,567,890')
  })

  it('writes what toLocaleString("en") writes for whole counts', () => {
    for (const n of [0, 5, 42, 634, 1001, 20000, 100100, 9999999]) expect(formatCount(n)).toBe(n.toLocaleString('en'))
  })
})
