import { expect, test } from 'vitest'
import { BEAT_BREATH, MAX_GAP, MIN_GAP, lineDelays, readingGap } from './reveal-schedule.ts'

test('each line waits for the reading time of the one before', () => {
  // 25 words at 250 wpm = 6 s, capped; 5 words = 1.2 s
  expect(lineDelays([5, 25, 3], 'natural')).toEqual([0, 1.2, 1.2 + MAX_GAP])
})

test('a beat opens with a breath', () => {
  expect(lineDelays([5, 5], 'natural', true)).toEqual([BEAT_BREATH, BEAT_BREATH + 1.2])
})

test('slower paces wait longer, faster ones less', () => {
  const [slow, natural, fast] = (['slow', 'natural', 'fast'] as const).map((p) => lineDelays([10, 10], p)[1] ?? 0)
  expect(slow).toBeGreaterThan(natural ?? 0)
  expect(natural).toBeGreaterThan(fast ?? 0)
})

test('pace off shows every line at once', () => {
  expect(lineDelays([5, 40, 9], 'off', true)).toEqual([0, 0, 0])
})

test('a one-word line still gets a moment, a huge one no more than the cap', () => {
  expect(readingGap(1, 'fast')).toBe(MIN_GAP)
  expect(readingGap(500, 'slow')).toBe(MAX_GAP)
})

test('an empty paragraph has no delays', () => {
  expect(lineDelays([], 'natural')).toEqual([])
})
