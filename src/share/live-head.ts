import type { Resolved } from '../links/resolve'
import type { Library } from '../story/story-types'
import type { Head } from './head'

type LiveResolved = Extract<Resolved, { kind: 'follow' | 'remote' | 'live' | 'script' }>

/** The head of a live page (not in the sitemap): its title and words, with the address and card `common` gives. */
export function liveHead(resolved: LiveResolved, library: Library, common: Pick<Head, 'canonical' | 'image' | 'imageAlt'>): Head {
  const site = library.site.name
  const page = { ...common, type: 'website' as const }
  switch (resolved.kind) {
    case 'follow':
      return { ...page, title: `Follow the reading live · ${site}`, description: 'The reading, line by line, on your own screen, as it is performed.' }
    case 'remote':
      return { ...page, title: `Remote · ${site}`, description: 'The presenter’s phone clicker for a live reading.' }
    case 'live':
      return { ...page, title: `Presenter · ${site}`, description: 'The presenter’s start page for a live reading.' }
    case 'script': {
      const who = resolved.story.perspective
      return {
        ...page,
        title: `${who}’s script · ${resolved.pair.title} · ${site}`,
        description: `${who}’s lines of “${resolved.pair.title}” for a two-voice reading, with the other side’s as cues.`,
      }
    }
  }
}
