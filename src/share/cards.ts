import type { Resolved } from '../links/resolve.ts'
import { findStory, isOneScene, onlyScene, pairOf } from '../story/lookup.ts'
import type { Library, Story, Tint } from '../story/story-types.ts'

/** What a link-preview card (1200×630, made at build time) shows. */
export interface CardSpec {
  /** Path under the site's base: `cards/read-spike-i-love-you.png`. */
  readonly file: string
  /** The story or pair (or '' for the library) the card belongs to: a clash names it. */
  readonly owner: string
  /** One side's light, or both sides' (left, right) for a pair. */
  readonly tint: Tint | 'both'
  readonly tints?: readonly [Tint, Tint]
  /** Small line at the top: whose side, which moment. */
  readonly kicker: string
  readonly title: string
  /** The moment's words; two when both sides are shown. */
  readonly quotes: readonly { readonly who?: string; readonly text: string; readonly tint: Tint }[]
  /** Words describing the image, for `og:image:alt`. */
  readonly alt: string
  /** The site's tagline, small in a corner. */
  readonly credit: string
}

/** The card of the library page (when `/` lists several scenes). */
export const LIBRARY_CARD = 'cards/library.png'

/** The card a resolved address is previewed with: its scene's, piece's or pair's, or its beat's when it is a moment. */
export function cardFile(resolved: Resolved, library: Library): string {
  switch (resolved.kind) {
    case 'home':
    case 'not-found':
    case 'follow':
    case 'remote':
    case 'live': {
      const pair = onlyScene(library)
      return pair ? `cards/${pair.id}.png` : LIBRARY_CARD
    }
    case 'script':
      return `cards/${resolved.pair.id}.png`
    case 'scene':
      return `cards/${resolved.pair.id}.png`
    case 'read':
      return storyCard(resolved.story, resolved.moment?.beat.id)
    case 'side-by-side':
      return pairCard(resolved.pair.id, resolved.moment?.beat?.id)
    case 'present': {
      if (resolved.story) return storyCard(resolved.story, resolved.moment && 'story' in resolved.moment ? resolved.moment.beat.id : undefined)
      const m = resolved.moment && !('story' in resolved.moment) ? resolved.moment : undefined
      return pairCard(resolved.pair?.id ?? '', m?.beat?.id)
    }
  }
}

const storyCard = (story: Story, beat?: string) => (beat ? `cards/read-${story.id}-${beat}.png` : `cards/read-${story.id}.png`)
const pairCard = (pair: string, beat?: string) => (beat ? `cards/side-by-side-${pair}-${beat}.png` : `cards/side-by-side-${pair}.png`)

const clip = (text: string, max = 170) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text)

const made = new WeakMap<Library, CardSpec[]>()

/**
 * Every card the build makes: the home page's, each scene's, each piece and its beats, each
 * pair and its beats. Made once per library: every prerendered page's head looks its card up here.
 */
export function allCards(library: Library): CardSpec[] {
  const known = made.get(library)
  if (known) return known
  const cards: CardSpec[] = []
  made.set(library, cards)
  const credit = library.site.tagline
  const oneScene = isOneScene(library)
  if (!oneScene) {
    cards.push({
      file: LIBRARY_CARD,
      owner: '',
      tint: 'both',
      tints: ['warm', 'cool'],
      kicker: library.pairs.length === 1 ? 'One scene' : `${library.pairs.length} scenes`,
      title: library.site.name,
      quotes: [{ text: credit + '.', tint: 'warm' }],
      alt: `${library.site.name}: ${credit}`,
      credit,
    })
  }
  for (const p of library.pairs) {
    const left = findStory(library, p.left)
    const right = findStory(library, p.right)
    cards.push({
      file: `cards/${p.id}.png`,
      owner: p.id,
      tint: 'both',
      tints: [left?.tint ?? 'warm', right?.tint ?? 'cool'],
      kicker: [p.meta.fandom, p.meta.setting].filter(Boolean).join(' · '),
      title: p.title,
      quotes: [{ text: credit + '.', tint: left?.tint ?? 'warm' }],
      alt: `${p.title}: ${credit}`,
      credit,
    })
  }
  for (const story of library.stories) {
    const first = story.beats[0]?.paragraphs[0]?.lines[0]?.text ?? ''
    const pair = pairOf(library, story.id)
    cards.push({
      file: storyCard(story),
      owner: story.id,
      tint: story.tint,
      kicker: `${story.perspective}’s side${pair ? ` · ${pair.title}` : ''}`,
      title: story.title,
      quotes: [{ text: clip(story.meta.summary ?? first), tint: story.tint }],
      alt: `${story.title}, ${story.perspective}’s side`,
      credit,
    })
    for (const beat of story.beats) {
      cards.push({
        file: storyCard(story, beat.id),
        owner: story.id,
        tint: story.tint,
        kicker: `${story.perspective}’s side · ${beat.label}`,
        title: story.title,
        quotes: [{ text: clip(beat.paragraphs[0]?.lines[0]?.text ?? ''), tint: story.tint }],
        alt: `${beat.label}, from ${story.perspective}’s side`,
        credit,
      })
    }
  }
  for (const p of library.pairs) {
    const left = findStory(library, p.left)
    const right = findStory(library, p.right)
    if (!left || !right) continue
    cards.push({
      file: pairCard(p.id),
      owner: p.id,
      tint: 'both',
      tints: [left.tint, right.tint],
      kicker: 'Side by side',
      title: p.title,
      quotes: [
        { who: left.perspective, text: left.title, tint: left.tint },
        { who: right.perspective, text: right.title, tint: right.tint },
      ],
      alt: `${p.title}: ${left.perspective}’s and ${right.perspective}’s tellings side by side`,
      credit,
    })
    for (const beat of p.beats) {
      const firstOf = (s: Story) => s.beats.find((b) => b.id === beat.id)?.paragraphs[0]?.lines[0]?.text
      const quotes = [left, right].flatMap((s) => {
        const text = firstOf(s)
        return text ? [{ who: s.perspective, text: clip(text, 110), tint: s.tint }] : []
      })
      cards.push({
        file: pairCard(p.id, beat.id),
        owner: p.id,
        tint: 'both',
        tints: [left.tint, right.tint],
        kicker: `Side by side · ${beat.label}`,
        title: p.title,
        quotes,
        alt: `${beat.label}, in both tellings side by side`,
        credit,
      })
    }
  }
  return cards
}

/** The first two cards that would be written to the same file, or undefined: a build error. */
export function cardClash(library: Library): { readonly owner: string; readonly reason: string } | undefined {
  const seen = new Map<string, CardSpec>()
  for (const card of allCards(library)) {
    const first = seen.get(card.file)
    if (first) {
      const whose = (c: CardSpec) => (c.owner ? `"${c.owner}"` : 'the library page')
      return { owner: card.owner || first.owner, reason: `the preview card ${card.file} of ${whose(card)} is also the card of ${whose(first)}: rename one of them` }
    }
    seen.set(card.file, card)
  }
  return undefined
}
