import { describe, expect, it } from 'vitest'
import { inRuns } from './runs'

describe('inRuns', () => {
  it('cuts items into runs in order, the last one shorter', () => {
    expect(inRuns([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })
  it('keeps every item once', () => {
    const items = Array.from({ length: 130 }, (_, i) => i)
    expect(inRuns(items).flat()).toEqual(items)
  })
  it('has no runs for no items', () => {
    expect(inRuns([])).toEqual([])
  })
})
