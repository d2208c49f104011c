import { formatLink, type LivePlace, type Place } from '../links/links'
import { linesOf } from '../story/lookup'
import type { Library } from '../story/story-types'

/**
 * Every address the site has, moment addresses included: what the build prerenders and
 * the sitemap lists. Each scene's title card (`/scene/<pair>`) has no moments.
 */
export function allPlaces(library: Library): Place[] {
  const places: Place[] = [{ view: 'home' }, ...library.pairs.map((p): Place => ({ view: 'scene', id: p.id }))]
  for (const story of library.stories) {
    places.push({ view: 'read', id: story.id })
    for (const beat of story.beats) places.push({ view: 'read', id: story.id, anchor: beat.id })
    for (const line of linesOf(story)) places.push({ view: 'read', id: story.id, anchor: line.id })
  }
  for (const story of library.stories) {
    places.push({ view: 'present', id: story.id })
    for (const anchor of [...story.beats.map((b) => b.id), ...linesOf(story).map((l) => l.id)]) places.push({ view: 'present', id: story.id, anchor })
  }
  for (const pair of library.pairs) {
    places.push({ view: 'side-by-side', id: pair.id })
    const stories = [pair.left, pair.right].map((id) => library.stories.find((s) => s.id === id))
    const anchors = new Set([...pair.beats.map((b) => b.id), ...stories.flatMap((s) => (s ? linesOf(s).map((l) => l.id) : []))])
    for (const anchor of anchors) places.push({ view: 'side-by-side', id: pair.id, anchor })
    places.push({ view: 'present', id: pair.id })
    for (const anchor of anchors) places.push({ view: 'present', id: pair.id, anchor })
  }
  return places
}

/** The paths of `allPlaces`, under `base`. */
export function allPaths(library: Library, base: string): string[] {
  return allPlaces(library).map((p) => formatLink(p, base))
}

/** The live pages: prerendered (so a static host answers them) but left out of the sitemap. */
export function livePlaces(library: Library): LivePlace[] {
  const scripts = library.pairs.flatMap((p) => [p.left, p.right].map((story): LivePlace => ({ view: 'script', pair: p.id, story })))
  return [{ view: 'follow' }, { view: 'remote' }, { view: 'live' }, ...scripts]
}

/** The paths of `livePlaces`, under `base`. */
export function unlistedPaths(library: Library, base: string): string[] {
  return livePlaces(library).map((p) => formatLink(p, base))
}
