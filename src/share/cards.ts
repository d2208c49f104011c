import type { ReadingPlace } from '../links/links'
import { findMoment, findPair, findStory } from '../story/lookup'
import type { Library, Story } from '../story/story-types'

/** What a link-preview card (1200×630, made at build time) shows. */
export interface CardSpec {
  /** Path under the site's base: `cards/read-spike-i-love-you.png`. */
  readonly file: string
  readonly tint: 'warm' | 'cool' | 'both'
  /** Small line at the top: whose side, which moment. */
  readonly kicker: string
  readonly title: string
  /** The moment's words; two when both sides are shown. */
  readonly quotes: readonly { readonly who?: string; readonly text: string; readonly tint: 'warm' | 'cool' }[]
  /** Words describing the image, for `og:image:alt`. */
  readonly alt: string
}

const CREDIT = 'One scene, two hearts'

/** The beat a moment anchor belongs to in a story (its own id when it is a beat). */
function beatOf(story: Story | undefined, anchor: string | undefined): string | undefined {
  return story && anchor ? findMoment(story, anchor)?.beat.id : undefined
}

/** The card a place is previewed with: its piece's or pair's, or its beat's when it is a moment. */
export function cardFile(place: ReadingPlace, library: Library): string {
  if (place.view === 'home') return 'cards/chosen.png'
  const story = findStory(library, place.id)
  if (story) {
    const beat = beatOf(story, place.anchor)
    return beat ? `cards/read-${story.id}-${beat}.png` : `cards/read-${story.id}.png`
  }
  const pair = findPair(library, place.id)
  if (!pair) return 'cards/chosen.png'
  const beat =
    (place.anchor && pair.beats.find((b) => b.id === place.anchor)?.id) ??
    beatOf(findStory(library, pair.left), place.anchor) ??
    beatOf(findStory(library, pair.right), place.anchor)
  return beat ? `cards/side-by-side-${pair.id}-${beat}.png` : `cards/side-by-side-${pair.id}.png`
}

const clip = (text: string, max = 170) => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text)

const made = new WeakMap<Library, CardSpec[]>()

/**
 * Every card the build makes: the scene, each piece and its beats, the pair and its beats.
 * Made once per library: every prerendered page's head looks its card up here.
 */
export function allCards(library: Library): CardSpec[] {
  const known = made.get(library)
  if (known) return known
  const cards: CardSpec[] = []
  made.set(library, cards)
  const pair = library.pairs[0]
  cards.push({
    file: 'cards/chosen.png',
    tint: 'both',
    kicker: [pair?.meta.fandom, pair?.meta.setting].filter(Boolean).join(' · '),
    title: pair?.title ?? CREDIT,
    quotes: [{ text: CREDIT + '.', tint: 'warm' }],
    alt: `${pair?.title ?? ''}: ${CREDIT}`,
  })
  for (const story of library.stories) {
    const first = story.beats[0]?.paragraphs[0]?.lines[0]?.text ?? ''
    cards.push({
      file: `cards/read-${story.id}.png`,
      tint: story.tint,
      kicker: `${story.perspective}’s side${pair ? ` · ${pair.title}` : ''}`,
      title: story.title,
      quotes: [{ text: clip(story.meta.summary ?? first), tint: story.tint }],
      alt: `${story.title}, ${story.perspective}’s side`,
    })
    for (const beat of story.beats) {
      cards.push({
        file: `cards/read-${story.id}-${beat.id}.png`,
        tint: story.tint,
        kicker: `${story.perspective}’s side · ${beat.label}`,
        title: story.title,
        quotes: [{ text: clip(beat.paragraphs[0]?.lines[0]?.text ?? ''), tint: story.tint }],
        alt: `${beat.label}, from ${story.perspective}’s side`,
      })
    }
  }
  for (const p of library.pairs) {
    const left = findStory(library, p.left)
    const right = findStory(library, p.right)
    if (!left || !right) continue
    cards.push({
      file: `cards/side-by-side-${p.id}.png`,
      tint: 'both',
      kicker: 'Side by side',
      title: p.title,
      quotes: [
        { who: left.perspective, text: left.title, tint: left.tint },
        { who: right.perspective, text: right.title, tint: right.tint },
      ],
      alt: `${p.title}: ${left.perspective}’s and ${right.perspective}’s tellings side by side`,
    })
    for (const beat of p.beats) {
      const firstOf = (s: Story) => s.beats.find((b) => b.id === beat.id)?.paragraphs[0]?.lines[0]?.text
      const quotes = [left, right].flatMap((s) => {
        const text = firstOf(s)
        return text ? [{ who: s.perspective, text: clip(text, 110), tint: s.tint }] : []
      })
      cards.push({
        file: `cards/side-by-side-${p.id}-${beat.id}.png`,
        tint: 'both',
        kicker: `Side by side · ${beat.label}`,
        title: p.title,
        quotes,
        alt: `${beat.label}, in both tellings side by side`,
      })
    }
  }
  return cards
}
