import type { Place } from './links'
import { findMoment, findPair, findStory } from '../story/lookup'
import type { Library } from '../story/story-types'

/** What an address shows, or why it shows nothing: the outcome the app renders. */
export type Resolved =
  | { readonly kind: 'home' }
  | { readonly kind: 'read'; readonly storyId: string; readonly anchor?: string; readonly missing?: string }
  | { readonly kind: 'side-by-side'; readonly pairId: string; readonly anchor?: string; readonly missing?: string }
  | { readonly kind: 'present'; readonly id: string; readonly anchor?: string; readonly missing?: string }
  | { readonly kind: 'follow' }
  | { readonly kind: 'remote' }
  | { readonly kind: 'live' }
  | { readonly kind: 'script'; readonly pairId: string; readonly storyId: string }
  | { readonly kind: 'not-found'; readonly what: string }

/**
 * Checks a parsed place against the library: unknown stories, pairs and path anchors are
 * "not found"; an unknown `#anchor` keeps the page and says which moment was `missing`.
 */
export function resolvePlace(place: Place | null, library: Library, href: string): Resolved {
  if (!place) return { kind: 'not-found', what: `the address “${href}”` }
  if (place.view === 'home') return { kind: 'home' }
  if (place.view === 'follow' || place.view === 'remote' || place.view === 'live') return { kind: place.view }
  if (place.view === 'script') {
    const pair = findPair(library, place.pair)
    if (!pair || (pair.left !== place.story && pair.right !== place.story)) return { kind: 'not-found', what: `a script for “${place.story}” in “${place.pair}”` }
    return { kind: 'script', pairId: pair.id, storyId: place.story }
  }
  const story = findStory(library, place.id)
  const pair = findPair(library, place.id)
  const stories = story ? [story] : pair ? [findStory(library, pair.left), findStory(library, pair.right)] : []
  if (place.view === 'read' && !story) return { kind: 'not-found', what: `a piece called “${place.id}”` }
  if (place.view === 'side-by-side' && !pair) return { kind: 'not-found', what: `a pairing called “${place.id}”` }
  if (place.view === 'present' && !story && !pair) return { kind: 'not-found', what: `anything to present called “${place.id}”` }
  if (place.anchor) {
    const anchor = place.anchor
    const known = (pair?.beats.some((b) => b.id === anchor) ?? false) || stories.some((s) => s && findMoment(s, anchor))
    if (!known && !href.includes('#')) return { kind: 'not-found', what: `the moment “${anchor}” in “${place.id}”` }
    // A stale #anchor within a page that exists: show the page, and say what was missing.
    if (!known) return withMissing(resolvePlace({ view: place.view, id: place.id }, library, href.replace(/#.*$/, '')), anchor)
  }
  if (place.view === 'read') return { kind: 'read', storyId: place.id, anchor: place.anchor }
  if (place.view === 'side-by-side') return { kind: 'side-by-side', pairId: place.id, anchor: place.anchor }
  return { kind: 'present', id: place.id, anchor: place.anchor }
}

function withMissing(resolved: Resolved, missing: string): Resolved {
  return resolved.kind === 'read' || resolved.kind === 'side-by-side' || resolved.kind === 'present' ? { ...resolved, missing } : resolved
}
