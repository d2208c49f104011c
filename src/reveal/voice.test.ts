import { expect, test } from 'vitest'
import { BEAT_BREATH, MIN_GAP } from './reveal-schedule'
import { speak } from './voice'

test('alone, a paragraph is spoken at the reading pace, and the voice is free once its last line is read', () => {
  // Five words at the natural pace: a line every 1.2 s.
  expect(speak([5, 5, 5], 'natural', false, false)).toEqual({ delays: [0, 1.2, 2.4], duration: 3.6 })
  expect(speak([5, 5], 'natural', true, false)).toEqual({ delays: [BEAT_BREATH, BEAT_BREATH + 1.2], duration: BEAT_BREATH + 2.4 })
})

test('with paragraphs waiting behind it, the voice hurries: the shortest gap between lines, the beat’s breath kept', () => {
  expect(speak([25, 25, 25], 'natural', false, true)).toEqual({ delays: [0, MIN_GAP, 2 * MIN_GAP], duration: 3 * MIN_GAP })
  expect(speak([25], 'slow', true, true).delays).toEqual([BEAT_BREATH])
})

test('an empty paragraph takes no time, and pace off none at all', () => {
  expect(speak([], 'natural', true, false)).toEqual({ delays: [], duration: 0 })
  expect(speak([9, 9], 'off', true, false)).toEqual({ delays: [0, 0], duration: 0 })
})
