import { formatLink, type ReadingPlace } from '../links/links'
import type { Resolved } from '../links/resolve'
import { findMoment, findPair, findStory } from '../story/lookup'
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

const SITE = 'Chosen · One scene, two hearts'

const quoteOf = (text: string) => `“${text.replace(/^[“"']+|[”"']+[.]?$/g, '')}”`

/** Title, description, canonical address and card for a resolved address. */
export function headFor(resolved: Resolved, library: Library, base: string, siteUrl: string): Head {
  const url = (p: string) => siteUrl.replace(/\/+$/, '') + p
  if (resolved.kind === 'follow' || resolved.kind === 'remote' || resolved.kind === 'live' || resolved.kind === 'script') return liveHead(resolved, library, base, url)
  const place: ReadingPlace =
    resolved.kind === 'home' || resolved.kind === 'not-found'
      ? { view: 'home' }
      : resolved.kind === 'read'
        ? { view: 'read', id: resolved.storyId, anchor: resolved.anchor }
        : resolved.kind === 'side-by-side'
          ? { view: 'side-by-side', id: resolved.pairId, anchor: resolved.anchor }
          : { view: 'present', id: resolved.id, anchor: resolved.anchor }
  const file = cardFile(place, library)
  const card = allCards(library).find((c) => c.file === file)
  const common = {
    canonical: url(formatLink(place, base)),
    image: url(base + file),
    imageAlt: card?.alt ?? SITE,
  }
  const pair = library.pairs[0]
  if (place.view === 'home') {
    const notFound = resolved.kind === 'not-found'
    return {
      ...common,
      title: notFound ? `Not found · ${SITE}` : SITE,
      description: notFound ? 'This address is not part of the site.' : (pair?.meta.summary ?? 'Two fan-fiction pieces that tell the same scene.'),
      type: 'website',
    }
  }
  const story = findStory(library, place.id)
  const both = findPair(library, place.id)
  const verb = place.view === 'present' ? 'Present · ' : ''
  if (story) {
    const moment = place.anchor ? findMoment(story, place.anchor) : undefined
    const page = `${verb}${story.title} · ${story.perspective}’s side${pair ? ` of “${pair.title}”` : ''}`
    if (moment) return { ...common, title: `${moment.beat.label} · ${page}`, description: quoteOf(moment.line.text), type: 'article' }
    return { ...common, title: page, description: story.meta.summary ?? `${story.perspective}’s side of the scene.`, type: 'article' }
  }
  const title = `${verb}${both?.title ?? ''}, side by side`
  if (both && place.anchor) {
    const beat = both.beats.find((b) => b.id === place.anchor)
    const stories = [both.left, both.right].map((id) => findStory(library, id)).filter((s) => s !== undefined)
    const moment = stories.map((s) => findMoment(s, place.anchor ?? '')).find(Boolean)
    if (beat) return { ...common, title: `${beat.label} · ${title}`, description: beat.diverges ?? `${beat.label}, in both tellings.`, type: 'article' }
    if (moment) return { ...common, title: `${moment.beat.label} · ${title}`, description: quoteOf(moment.line.text), type: 'article' }
  }
  return { ...common, title, description: both?.meta.summary ?? '', type: 'article' }
}
