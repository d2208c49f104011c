import { expect, test } from 'vitest'
import library from 'virtual:library'
import type { Echo, Line, Pair, Paragraph, Story } from '../story/story-types'
import { alignBeats } from './align-beats'

const line = (id: string): Line => ({ id, spans: [{ text: id }], text: id, words: 1, kind: 'prose' })
const para = (...ids: string[]): Paragraph => ({ lines: ids.map(line) })
const story = (id: string, beats: Record<string, Paragraph[]>): Story => ({
  id,
  title: id,
  perspective: id,
  tint: 'warm',
  meta: {},
  words: 0,
  beats: Object.entries(beats).map(([bid, paragraphs]) => ({ id: bid, label: bid, paragraphs })),
})
const pair = (beats: string[], echoes: Echo[] = []): Pair => ({
  id: 'p',
  title: 'P',
  left: 'a',
  right: 'b',
  meta: {},
  beats: beats.map((id) => ({ id, label: id })),
  echoes,
})
const ids = (ps: readonly Paragraph[]) => ps.map((p) => p.lines.map((l) => l.id).join('+'))

test('beats line up in the pair’s order, whatever their lengths', () => {
  const a = story('a', { one: [para('a1'), para('a2'), para('a3')], two: [para('a4')] })
  const b = story('b', { one: [para('b1')], two: [para('b2'), para('b3')] })
  const rows = alignBeats(pair(['one', 'two']), a, b)
  expect(rows.map((r) => [r.beat.id, r.segments.map((s) => [ids(s.left), ids(s.right)])])).toEqual([
    ['one', [[['a1', 'a2', 'a3'], ['b1']]]],
    ['two', [[['a4'], ['b2', 'b3']]]],
  ])
})

test('a beat missing from one piece keeps its row, with that side empty', () => {
  const a = story('a', { two: [para('a1')] })
  const b = story('b', { one: [para('b0')], two: [para('b1')] })
  const [first] = alignBeats(pair(['one', 'two']), a, b)
  expect(first?.left).toBeUndefined()
  expect(first?.right?.id).toBe('one')
  expect(first?.segments.map((s) => [ids(s.left), ids(s.right)])).toEqual([[[], ['b0']]])
})

test('beats neither piece tells are left out', () => {
  const a = story('a', { one: [para('a1')] })
  const b = story('b', { one: [para('b1')] })
  expect(alignBeats(pair(['zero', 'one', 'three']), a, b).map((r) => r.beat.id)).toEqual(['one'])
})

test('an echo starts a segment on both sides, so its lines stand at the same height', () => {
  const a = story('a', { love: [para('a1'), para('a-echo', 'a2'), para('a3')] })
  const b = story('b', { love: [para('b-echo'), para('b2')] })
  const echo: Echo = { id: 'e', words: 'x', beat: 'love', left: 'a-echo', right: 'b-echo' }
  const [row] = alignBeats(pair(['love'], [echo]), a, b)
  expect(row?.segments.map((s) => [ids(s.left), ids(s.right), s.echo?.id])).toEqual([
    [['a1'], [], undefined],
    [['a-echo+a2', 'a3'], ['b-echo', 'b2'], 'e'],
  ])
})

test('echoes out of order with each other do not reorder the texts', () => {
  const a = story('a', { love: [para('x'), para('y')] })
  const b = story('b', { love: [para('y2'), para('x2')] })
  const e1: Echo = { id: 'x', words: 'x', beat: 'love', left: 'x', right: 'x2' }
  const e2: Echo = { id: 'y', words: 'y', beat: 'love', left: 'y', right: 'y2' }
  const [row] = alignBeats(pair(['love'], [e1, e2]), a, b)
  expect(row?.segments.map((s) => [ids(s.left), ids(s.right), s.echo?.id])).toEqual([
    [[], ['y2'], undefined],
    [['x', 'y'], ['x2'], 'x'],
  ])
})

test('the real pair: every beat aligned, both echoes opening their beats', () => {
  const p = library.pairs[0]!
  const [a, b] = [p.left, p.right].map((id) => library.stories.find((s) => s.id === id)!)
  const rows = alignBeats(p, a!, b!)
  expect(rows.map((r) => r.beat.id)).toEqual(['crumbling', 'hands', 'fire', 'seeing', 'i-love-you', 'no-you-dont', 'the-end'])
  expect(rows[0]?.left).toBeUndefined()
  expect(rows.flatMap((r) => r.segments.filter((s) => s.echo).map((s) => [r.beat.id, s.left[0]?.lines[0]?.echo, s.right[0]?.lines[0]?.echo]))).toEqual([
    ['i-love-you', 'i-love-you', 'i-love-you'],
    ['no-you-dont', 'no-you-dont-but-thanks-for', 'no-you-dont-but-thanks-for'],
  ])
  // Every paragraph of each telling appears once, in the telling's order (not just as many of them).
  const all = (side: 'left' | 'right') => rows.flatMap((r) => r.segments.flatMap((s) => s[side]))
  expect(all('left')).toEqual(a!.beats.flatMap((x) => x.paragraphs))
  expect(all('right')).toEqual(b!.beats.flatMap((x) => x.paragraphs))
})
