import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../scripts/stories-plugin.ts'
import { parseLink } from './links'
import { resolvePlace } from './resolve'

const root = join(import.meta.dirname, '../..')
const shipped = loadLibrary(root)
const library = loadLibrary(root, 'tests/fixtures/library')
const resolve = (href: string, lib = library) => resolvePlace(parseLink(href), lib, href)

describe('resolving an address finds what it shows, once', () => {
  test('a reader address carries the story, every pair it is told in, and the moment', () => {
    const r = resolve('/read/keeper/lamp')
    if (r.kind !== 'read') throw new Error(r.kind)
    expect(r.story.id).toBe('keeper')
    expect(r.tellings.map((t) => [t.pair.id, t.other.id])).toEqual([
      ['crossing', 'ferry'],
      ['lighthouse', 'sailor'],
    ])
    expect(r.moment?.beat.id).toBe('lamp')
    expect(r.moment?.isBeat).toBe(true)
  })

  test('a side-by-side line carries the pair, both sides, and the pair beat the line is in', () => {
    const r = resolve('/side-by-side/lighthouse/then-far-off-a-point-of')
    if (r.kind !== 'side-by-side') throw new Error(r.kind)
    expect(r.sides.map((s) => s.id)).toEqual(['keeper', 'sailor'])
    expect(r.moment?.beat?.id).toBe('lamp')
    expect(r.moment?.line?.line.id).toBe('then-far-off-a-point-of')
  })

  test('a presentation carries its deck, and the story or the pair', () => {
    const story = resolve('/present/letter')
    const pair = resolve('/present/lighthouse/shore')
    if (story.kind !== 'present' || pair.kind !== 'present') throw new Error('not present')
    expect(story.story?.id).toBe('letter')
    expect(story.deck.slides[0]?.kind).toBe('title')
    expect(pair.pair?.id).toBe('lighthouse')
    expect(pair.deck.title).toBe('The Lighthouse')
  })

  test('resolving twice gives the same objects, so memoised views stay memoised', () => {
    const a = resolve('/present/lighthouse')
    const b = resolve('/present/lighthouse/lamp')
    if (a.kind !== 'present' || b.kind !== 'present') throw new Error('not present')
    expect(a.deck).toBe(b.deck)
    const c = resolve('/read/keeper')
    const d = resolve('/read/keeper/storm')
    if (c.kind !== 'read' || d.kind !== 'read') throw new Error('not read')
    expect(c.tellings).toBe(d.tellings)
  })

  test('/scene/<pair> is the scene; an unknown scene or a scene moment is not found', () => {
    expect(resolve('/scene/lighthouse')).toMatchObject({ kind: 'scene', pair: { id: 'lighthouse' } })
    expect(resolve('/scene/nowhere')).toEqual({ kind: 'not-found', what: 'a scene called “nowhere”' })
    expect(resolve('/scene/lighthouse/lamp').kind).toBe('not-found')
  })
})

describe('what an address does not have', () => {
  test('an unknown anchor in the path is not found; after a # it keeps the page and names the moment', () => {
    expect(resolve('/read/keeper/nowhere')).toEqual({ kind: 'not-found', what: 'the moment “nowhere” in “keeper”' })
    const r = resolve('/read/keeper#nowhere')
    expect(r).toMatchObject({ kind: 'read', missing: 'nowhere', place: { view: 'read', id: 'keeper' } })
    expect(r.kind === 'read' && r.moment).toBeFalsy()
  })

  test('a story is no pair and a pair is no story', () => {
    expect(resolve('/read/lighthouse').kind).toBe('not-found')
    expect(resolve('/side-by-side/keeper').kind).toBe('not-found')
    expect(resolve('/present/nobody')).toEqual({ kind: 'not-found', what: 'anything to present called “nobody”' })
    expect(resolve('/reed/spike')).toEqual({ kind: 'not-found', what: 'the address “/reed/spike”' })
  })

  test('a beat of the pair that one side leaves out is still a moment of the pair', () => {
    expect(resolve('/side-by-side/crossing/storm').kind).toBe('side-by-side')
    expect(resolve('/read/ferry/lamp').kind).toBe('not-found')
  })
})

test('the shipped home is its one scene', () => {
  expect(resolve('/', shipped)).toEqual({ kind: 'home', place: { view: 'home' } })
})
