import type { Place } from './links'
import { buildDeck, type Deck } from '../present/slides'
import { findMoment, findPair, findStory, sidesOf, tellingsOf, type Moment, type Telling } from '../story/lookup'
import type { Library, Pair, PairBeat, Story } from '../story/story-types'

/** A moment of a pair: one of its beats, or a line of either story (with its beat). */
export interface PairMoment {
  /** The pair's beat the moment is in (undefined when a side tells a beat of its own). */
  readonly beat?: PairBeat
  /** A line's moment, when the anchor named a line. */
  readonly line?: Moment
}

/** What an address shows, found once: the story, pair, deck and moment themselves. */
export type Resolved =
  | { readonly kind: 'home'; readonly place: Place }
  | { readonly kind: 'scene'; readonly place: Place; readonly pair: Pair; readonly sides: readonly [Story, Story] }
  | {
      readonly kind: 'read'
      readonly place: Place & { view: 'read' }
      readonly story: Story
      /** Each pair the story is in, with the telling opposite it. */
      readonly tellings: readonly Telling[]
      readonly moment?: Moment
      /** A `#anchor` this page doesn't have (the page is shown; the moment is said to be missing). */
      readonly missing?: string
    }
  | {
      readonly kind: 'side-by-side'
      readonly place: Place & { view: 'side-by-side' }
      readonly pair: Pair
      readonly sides: readonly [Story, Story]
      readonly moment?: PairMoment
      readonly missing?: string
    }
  | {
      readonly kind: 'present'
      readonly place: Place & { view: 'present' }
      readonly deck: Deck
      /** The story presented, or the pair and its two sides. */
      readonly story?: Story
      readonly pair?: Pair
      readonly sides?: readonly [Story, Story]
      readonly moment?: Moment | PairMoment
      readonly missing?: string
    }
  | { readonly kind: 'follow' | 'remote' | 'live'; readonly place: Place }
  | { readonly kind: 'script'; readonly place: Place; readonly pair: Pair; readonly story: Story }
  | { readonly kind: 'not-found'; readonly what: string }

// Resolving runs on every render of the app: what it derives is made once per library and
// id, so the views get the same objects (and their memoised parts stay memoised).
const cache = new WeakMap<Library, Map<string, unknown>>()
function once<T>(library: Library, key: string, make: () => T): T {
  let known = cache.get(library)
  if (!known) cache.set(library, (known = new Map()))
  if (!known.has(key)) known.set(key, make())
  return known.get(key) as T
}

function pairMoment(pair: Pair, sides: readonly [Story, Story], anchor: string): PairMoment | undefined {
  const beat = pair.beats.find((b) => b.id === anchor)
  if (beat) return { beat }
  const line = findMoment(sides[0], anchor) ?? findMoment(sides[1], anchor)
  return line ? { beat: pair.beats.find((b) => b.id === line.beat.id), line } : undefined
}

/**
 * Resolves a parsed place against the library, once: unknown stories, pairs and path
 * anchors are "not found"; an unknown `#anchor` keeps the page and says which moment is
 * `missing`. `href` names the address in the not-found message.
 */
export function resolvePlace(place: Place | null, library: Library, href: string): Resolved {
  if (!place) return { kind: 'not-found', what: `the address “${href}”` }
  if (place.view === 'home') return { kind: 'home', place }
  if (place.view === 'follow' || place.view === 'remote' || place.view === 'live') return { kind: place.view, place }
  if (place.view === 'script') {
    const pair = findPair(library, place.pair)
    const story = pair && (pair.left === place.story || pair.right === place.story) ? findStory(library, place.story) : undefined
    return pair && story ? { kind: 'script', place, pair, story } : { kind: 'not-found', what: `a script for “${place.story}” in “${place.pair}”` }
  }
  if (place.view === 'scene') {
    const pair = findPair(library, place.id)
    const sides = pair && once(library, `sides:${pair.id}`, () => sidesOf(library, pair))
    return pair && sides ? { kind: 'scene', place, pair, sides } : { kind: 'not-found', what: `a scene called “${place.id}”` }
  }
  const { anchor, from } = place
  const bare = { view: place.view, id: place.id }
  const lost = (what: string): Resolved | undefined => {
    if (!anchor) return undefined
    // A stale #anchor within a page that exists: show the page, and say what was missing.
    if (from === 'hash') return { ...resolvePlace(bare, library, href), missing: anchor } as Resolved
    return { kind: 'not-found', what: `the moment “${anchor}” in “${what}”` }
  }
  if (place.view === 'read') {
    const story = findStory(library, place.id)
    if (!story) return { kind: 'not-found', what: `a piece called “${place.id}”` }
    const moment = anchor ? findMoment(story, anchor) : undefined
    if (anchor && !moment) return lost(place.id) as Resolved
    return { kind: 'read', place: { ...place, view: 'read' }, story, tellings: once(library, `tellings:${story.id}`, () => tellingsOf(library, story.id)), moment }
  }
  const pair = findPair(library, place.id)
  const sides = pair && once(library, `sides:${pair.id}`, () => sidesOf(library, pair))
  if (place.view === 'side-by-side') {
    if (!pair || !sides) return { kind: 'not-found', what: `a pairing called “${place.id}”` }
    const moment = anchor ? pairMoment(pair, sides, anchor) : undefined
    if (anchor && !moment) return lost(place.id) as Resolved
    return { kind: 'side-by-side', place: { ...place, view: 'side-by-side' }, pair, sides, moment }
  }
  const story = findStory(library, place.id)
  const deck = once(library, `deck:${place.id}`, () => buildDeck(library, place.id))
  if (!deck || (!story && !(pair && sides))) return { kind: 'not-found', what: `anything to present called “${place.id}”` }
  const moment = anchor ? (story ? findMoment(story, anchor) : pair && sides ? pairMoment(pair, sides, anchor) : undefined) : undefined
  if (anchor && !moment) return lost(place.id) as Resolved
  const what = story ? { story } : { pair, sides }
  return { kind: 'present', place: { ...place, view: 'present' }, deck, ...what, moment }
}
