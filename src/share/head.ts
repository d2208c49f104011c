import type { Resolved } from '../links/resolve'
import { formatLink } from '../links/links'
import { findMoment, findPair, findStory } from '../story/lookup'
import type { Library } from '../story/story-types'

/** The head of a prerendered page: what a link preview shows. */
export interface Head {
  readonly title: string
  readonly description: string
  /** Absolute when the site's public URL is known, otherwise a path. */
  readonly canonical: string
  readonly type: 'website' | 'article'
}

const SITE = 'Chosen · One scene, two hearts'

/** Title, description and canonical address for a resolved address. */
export function headFor(resolved: Resolved, library: Library, base: string, siteUrl: string, path: string): Head {
  const url = (p: string) => siteUrl.replace(/\/+$/, '') + p
  const pair = library.pairs[0]
  if (resolved.kind === 'home' || !pair) {
    return {
      title: SITE,
      description: pair?.meta.summary ?? 'Two fan-fiction pieces that tell the same scene.',
      canonical: url(formatLink({ view: 'home' }, base)),
      type: 'website',
    }
  }
  if (resolved.kind === 'read') {
    const story = findStory(library, resolved.storyId)
    const moment = story && resolved.anchor ? findMoment(story, resolved.anchor) : undefined
    const page = `${story?.title} · ${story?.perspective}’s side of “${pair.title}”`
    const canonical = url(formatLink({ view: 'read', id: resolved.storyId, anchor: resolved.anchor }, base))
    if (moment) {
      const quote = moment.line.text
      return { title: `${moment.beat.label} · ${page}`, description: `“${quote.replace(/^[“"]|[”"]$/g, '')}”`, canonical, type: 'article' }
    }
    return { title: page, description: story?.meta.summary ?? `${story?.perspective}’s side of the end of ${pair.meta.setting ?? pair.title}.`, canonical, type: 'article' }
  }
  if (resolved.kind === 'side-by-side') {
    const p = findPair(library, resolved.pairId) ?? pair
    return { title: `${p.title}, side by side`, description: p.meta.summary ?? '', canonical: url(formatLink({ view: 'side-by-side', id: p.id }, base)), type: 'article' }
  }
  if (resolved.kind === 'present') {
    return { title: `Present · ${SITE}`, description: pair.meta.summary ?? '', canonical: url(path), type: 'website' }
  }
  return { title: `Not found · ${SITE}`, description: 'This address is not part of the site.', canonical: url(path), type: 'website' }
}
