import { formatLink } from '../links/links'
import type { Resolved } from '../links/resolve'
import { findStory } from '../story/lookup'
import type { Library } from '../story/story-types'
import type { Head } from './head'

type LiveResolved = Extract<Resolved, { kind: 'follow' | 'remote' | 'live' | 'script' }>

/** The head of a live page (not in the sitemap; its preview is the scene's card). */
export function liveHead(resolved: LiveResolved, library: Library, base: string, url: (path: string) => string): Head {
  const pair = library.pairs[0]
  const scene = pair?.title ?? 'Chosen'
  const common = { image: url(`${base}cards/chosen.png`), imageAlt: `“${scene}”`, type: 'website' as const }
  switch (resolved.kind) {
    case 'follow':
      return { ...common, canonical: url(formatLink({ view: 'follow' }, base)), title: `Follow the reading live · ${scene}`, description: 'The reading of the scene, line by line, on your own screen, as it is performed.' }
    case 'remote':
      return { ...common, canonical: url(formatLink({ view: 'remote' }, base)), title: `Remote · ${scene}`, description: 'The presenter’s phone clicker for a live reading.' }
    case 'live':
      return { ...common, canonical: url(formatLink({ view: 'live' }, base)), title: `Presenter · ${scene}`, description: 'The presenter’s start page for a live reading.' }
    case 'script': {
      const who = findStory(library, resolved.storyId)?.perspective ?? resolved.storyId
      return {
        ...common,
        canonical: url(formatLink({ view: 'script', pair: resolved.pairId, story: resolved.storyId }, base)),
        title: `${who}’s script · ${scene}`,
        description: `${who}’s lines for a two-voice reading, with the other side’s as cues.`,
      }
    }
  }
}
