import type { PieceLink } from '../live-pages/live-parts'
import { buildDeck, type Deck } from '../present/slides'
import { findStory } from '../story/lookup'
import type { Library } from '../story/story-types'

const lookups = new WeakMap<Library, (id: string) => Deck | undefined>()

/** The decks of a library by id, each built once: what the live pages show. */
export function deckLookup(library: Library): (id: string) => Deck | undefined {
  let lookup = lookups.get(library)
  if (!lookup) {
    const decks = new Map<string, Deck | undefined>()
    lookup = (id) => {
      if (!decks.has(id)) decks.set(id, buildDeck(library, id))
      return decks.get(id)
    }
    lookups.set(library, lookup)
  }
  return lookup
}

/** Every piece the live pages offer: each pair (both sides), then each story. */
export function livePieces(library: Library): PieceLink[] {
  return [
    ...library.pairs.map((p) => ({ id: p.id, title: p.title, kind: 'pair' as const, side: 'both sides, beat by beat' })),
    ...library.stories.map((s) => ({ id: s.id, title: s.title, kind: 'story' as const, side: `${s.perspective}’s side` })),
  ]
}

/** Each reader's script of each pair. */
export function liveScripts(library: Library): { pair: string; story: string; who: string }[] {
  return library.pairs.flatMap((p) => [p.left, p.right].map((story) => ({ pair: p.id, story, who: findStory(library, story)?.perspective ?? story })))
}
