import { expect, test } from 'vitest'
import library from 'virtual:library'
import { linesOf } from '../story/lookup'
import { buildDeck, deckVersion, slideIndexOf } from './slides'

test('a story deck is its title, then every line once, in order', () => {
  const deck = buildDeck(library, 'spike')!
  expect(deck.slides[0]?.kind).toBe('title')
  const shown = deck.slides.flatMap((s) => s.parts.flatMap((p) => p.lines.map((l) => l.id)))
  expect(shown).toEqual(linesOf(library.stories.find((s) => s.id === 'spike')!).map((l) => l.id))
})

test('short lines of one paragraph share a slide', () => {
  const deck = buildDeck(library, 'buffy')!
  const slide = deck.slides[slideIndexOf(deck, 'the-good')]
  expect(slide?.parts[0]?.lines.map((l) => l.text)).toEqual(['They saw it all.', 'The good.', 'The bad.', 'The very bad.', 'The real.'])
  expect(slideIndexOf(deck, 'the-real')).toBe(slideIndexOf(deck, 'the-good'))
})

test('the pair deck tells each beat from both sides, echoes on one slide', () => {
  const deck = buildDeck(library, 'chosen')!
  const echo = deck.slides[slideIndexOf(deck, 'i-love-you')]
  expect(echo?.kind).toBe('echo')
  expect(echo?.parts.map((p) => p.who)).toEqual(['Buffy', 'Spike'])
  expect(slideIndexOf(deck, 'i-love-you-there-she-said')).toBe(slideIndexOf(deck, 'i-love-you'))
  // Every line of both pieces exactly once (both pieces have a line "no-you-dont-but-thanks-for").
  const all = deck.slides.flatMap((s) => s.parts.flatMap((p) => p.lines.map((l) => `${p.storyId}:${l.id}`)))
  const expected = library.stories.filter((s) => s.id === 'buffy' || s.id === 'spike').flatMap((s) => linesOf(s).map((l) => `${s.id}:${l.id}`))
  expect([...all].sort()).toEqual([...expected].sort())
})

test('anchors land on their slide; a beat on its first; none or unknown on the title', () => {
  const deck = buildDeck(library, 'buffy')!
  expect(deck.slides[slideIndexOf(deck, 'fire')]?.id).toBe('the-fire-didnt-burn-in-the')
  expect(slideIndexOf(deck, undefined)).toBe(0)
  expect(slideIndexOf(deck, 'nothing')).toBe(0)
  expect(buildDeck(library, 'angel')).toBeUndefined()
})

test('a deck version changes when its slides change, and only then', () => {
  const deck = buildDeck(library, 'chosen')!
  expect(deck.version).toMatch(/^[0-9a-f]{8}$/)
  expect(buildDeck(library, 'chosen')!.version).toBe(deck.version)
  expect(buildDeck(library, 'spike')!.version).not.toBe(deck.version)
  const ids = deck.slides.map((s) => ({ id: s.id }))
  expect(deckVersion(ids.slice(1))).not.toBe(deck.version)
  expect(deckVersion([...ids].reverse())).not.toBe(deck.version)
  expect(deckVersion([{ id: 'a' }, { id: 'b' }])).toMatchInlineSnapshot(`"28e4c710"`)
})
