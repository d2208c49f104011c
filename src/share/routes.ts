import { formatLink, type Place } from '../links/links'
import { linesOf } from '../story/lookup'
import type { Library } from '../story/story-types'

/**
 * Every address the site has, moment addresses included: what the build prerenders and
 * the sitemap lists. Views not built yet are left out until they are.
 */
export function allPlaces(library: Library): Place[] {
  const places: Place[] = [{ view: 'home' }]
  for (const story of library.stories) {
    places.push({ view: 'read', id: story.id })
    for (const beat of story.beats) places.push({ view: 'read', id: story.id, anchor: beat.id })
    for (const line of linesOf(story)) places.push({ view: 'read', id: story.id, anchor: line.id })
  }
  return places
}

/** The paths of `allPlaces`, under `base`. */
export function allPaths(library: Library, base: string): string[] {
  return allPlaces(library).map((p) => formatLink(p, base))
}
