import { formatLink, type Place } from '../links/links'
import type { Resolved } from '../links/resolve'
import { onlyScene, sideOf } from '../story/lookup'
import type { Library } from '../story/story-types'
import { allCards, cardFile } from './cards'
import { liveHead } from './live-head'

/** The head of a prerendered page: what a link preview shows. */
export interface Head {
  readonly title: string
  readonly description: string
  /** Absolute URLs (the site's public URL is a build setting). */
  readonly canonical: string
  readonly image: string
  readonly imageAlt: string
  readonly type: 'website' | 'article'
}

/** The site's name and tagline as one title: "<name> · <tagline>". */
export const siteTitle = (library: Library) => `${library.site.name} · ${library.site.tagline}`

const quoteOf = (text: string) => `“${text.replace(/^[“"']+|[”"']+[.]?$/g, '')}”`

/** The address a resolved page is canonically at (a `#` anchor moves into the path; a missing one is dropped). */
function canonicalPlace(resolved: Resolved): Place {
  if (resolved.kind === 'not-found') return { view: 'home' }
  const place = resolved.place
  if (!('anchor' in place)) return place
  return place.anchor ? { view: place.view, id: place.id, anchor: place.anchor } : { view: place.view, id: place.id }
}

/** Title, description, canonical address and card for a resolved address. */
export function headFor(resolved: Resolved, library: Library, base: string, siteUrl: string): Head {
  const url = (p: string) => siteUrl.replace(/\/+$/, '') + p
  const site = siteTitle(library)
  const file = cardFile(resolved, library)
  const card = allCards(library).find((c) => c.file === file)
  const common = {
    canonical: url(formatLink(canonicalPlace(resolved), base)),
    image: url(base + file),
    imageAlt: card?.alt ?? site,
  }
  const only = onlyScene(library)
  switch (resolved.kind) {
    case 'follow':
    case 'remote':
    case 'live':
    case 'script':
      return liveHead(resolved, library, common)
    case 'not-found':
      return { ...common, title: `Not found · ${site}`, description: 'This address is not part of the site.', type: 'website' }
    case 'home':
      return { ...common, title: site, description: only?.meta.summary ?? library.site.description, type: 'website' }
    case 'scene': {
      const { pair } = resolved
      return { ...common, title: `${pair.title} · ${site}`, description: pair.meta.summary ?? `${pair.title}: two tellings of one scene.`, type: 'website' }
    }
    case 'read':
    case 'present': {
      const verb = resolved.kind === 'present' ? 'Present · ' : ''
      if (resolved.kind === 'read' || resolved.story) {
        const story = resolved.kind === 'read' ? resolved.story : resolved.story
        if (!story) break
        const page = `${verb}${story.title} · ${sideOf(library, story)}`
        const moment = resolved.moment && 'story' in resolved.moment ? resolved.moment : undefined
        if (moment) return { ...common, title: `${moment.beat.label} · ${page}`, description: quoteOf(moment.line.text), type: 'article' }
        return { ...common, title: page, description: story.meta.summary ?? `${story.perspective}’s side of the scene.`, type: 'article' }
      }
      return pairHead(common, resolved.pair?.title ?? '', resolved.pair?.meta.summary, verb, resolved.moment && !('story' in resolved.moment) ? resolved.moment : undefined)
    }
    case 'side-by-side':
      return pairHead(common, resolved.pair.title, resolved.pair.meta.summary, '', resolved.moment)
  }
  return { ...common, title: site, description: library.site.description, type: 'website' }
}

function pairHead(
  common: Pick<Head, 'canonical' | 'image' | 'imageAlt'>,
  pairTitle: string,
  summary: string | undefined,
  verb: string,
  moment: { beat?: { label: string; diverges?: string }; line?: { beat: { label: string }; line: { text: string } } } | undefined,
): Head {
  const title = `${verb}${pairTitle}, side by side`
  if (moment?.line) return { ...common, title: `${moment.line.beat.label} · ${title}`, description: quoteOf(moment.line.line.text), type: 'article' }
  if (moment?.beat) return { ...common, title: `${moment.beat.label} · ${title}`, description: moment.beat.diverges ?? `${moment.beat.label}, in both tellings.`, type: 'article' }
  return { ...common, title, description: summary ?? '', type: 'article' }
}
