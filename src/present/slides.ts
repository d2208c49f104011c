import { findPair, findStory } from '../story/lookup'
import type { Library, Line, Story, Tint } from '../story/story-types'

/** One side's lines on a slide. */
export interface SlidePart {
  readonly storyId: string
  readonly who: string
  readonly tint: Tint
  readonly lines: readonly Line[]
}

/** What the stage shows at one step: the title card, or one line (or a short group). */
export interface Slide {
  /** The moment anchor of the slide (its first line's id); '' for the title. */
  readonly id: string
  /** Every anchor that lands on this slide: its lines' ids, and a beat's id on the beat's first slide. */
  readonly anchors: readonly string[]
  readonly kind: 'title' | 'text' | 'echo'
  readonly beatLabel?: string
  readonly parts: readonly SlidePart[]
  readonly words: number
}

/** What a presentation is of: one story, or a pair (both perspectives, beat by beat). */
export interface Deck {
  readonly id: string
  readonly title: string
  readonly subtitle: string
  readonly tint: Tint | 'both'
  readonly slides: readonly Slide[]
  /** A hash of the slide ids in order: two windows (or a server) agree on a slide id only for the same version. */
  readonly version: string
}

/** FNV-1a (32 bits, hex) of the slide ids joined: changes when a slide is added, removed, split or moved. */
export function deckVersion(slides: readonly Pick<Slide, 'id'>[]): string {
  let h = 0x811c9dc5
  const text = slides.map((s) => s.id).join('\n')
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** Short lines (a few words each) of one paragraph share a slide, up to this many words. */
const GROUP_WORDS = 14
const SHORT_LINE = 7

function groupLines(lines: readonly Line[]): Line[][] {
  const groups: Line[][] = []
  for (const line of lines) {
    const last = groups[groups.length - 1]
    const total = last?.reduce((n, l) => n + l.words, 0) ?? 0
    if (last && line.words <= SHORT_LINE && last.every((l) => l.words <= SHORT_LINE) && total + line.words <= GROUP_WORDS) last.push(line)
    else groups.push([line])
  }
  return groups
}

const part = (story: Story, lines: readonly Line[]): SlidePart => ({ storyId: story.id, who: story.perspective, tint: story.tint, lines })
const words = (parts: readonly SlidePart[]) => parts.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.words, 0), 0)

function storySlides(story: Story, beatIds: Set<string>, skip: ReadonlySet<string> = new Set()): Array<Slide & { beat: string }> {
  const out: Array<Slide & { beat: string }> = []
  for (const beat of story.beats) {
    let first = true
    for (const p of beat.paragraphs) {
      for (const group of groupLines(p.lines.filter((l) => !skip.has(l.id)))) {
        const parts = [part(story, group)]
        const anchors = group.map((l) => l.id)
        if (first && !beatIds.has(beat.id)) anchors.push(beat.id)
        if (first) beatIds.add(beat.id)
        first = false
        out.push({ id: group[0]?.id ?? '', anchors, kind: 'text', beatLabel: beat.label, parts, words: words(parts), beat: beat.id })
      }
    }
  }
  return out
}

/** The slides of a presentation of `id` (a story or a pair), title first; undefined when there is no such thing. */
export function buildDeck(library: Library, id: string): Deck | undefined {
  const story = findStory(library, id)
  if (story) {
    const slides = storySlides(story, new Set()).map(({ beat: _beat, ...s }) => s)
    const title: Slide = { id: '', anchors: [], kind: 'title', parts: [], words: 0 }
    const all = [title, ...slides]
    return { id, title: story.title, subtitle: `${story.perspective}’s side`, tint: story.tint, slides: all, version: deckVersion(all) }
  }
  const pair = findPair(library, id)
  const left = pair && findStory(library, pair.left)
  const right = pair && findStory(library, pair.right)
  if (!pair || !left || !right) return undefined
  // Each beat: the left story's lines, then the right's; an echo is one slide with both lines, where the left says it.
  const echoRight = new Map(pair.echoes.map((e) => [e.left, e.right]))
  const rightLines = new Map(right.beats.flatMap((b) => b.paragraphs.flatMap((p) => p.lines)).map((l) => [l.id, l]))
  const seen = new Set<string>()
  const leftSlides = storySlides(left, seen)
  const rightSlides = storySlides(right, seen, new Set(pair.echoes.map((e) => e.right)))
  const slides: Slide[] = [{ id: '', anchors: [], kind: 'title', parts: [], words: 0 }]
  for (const beat of pair.beats) {
    for (const s of leftSlides.filter((x) => x.beat === beat.id)) {
      const twin = s.parts[0]?.lines.length === 1 ? echoRight.get(s.id) : undefined
      const twinLine = twin ? rightLines.get(twin) : undefined
      const { beat: _beat, ...slide } = s
      if (!twin || !twinLine) slides.push(slide)
      else {
        const parts = [...s.parts, part(right, [twinLine])]
        slides.push({ ...slide, kind: 'echo', anchors: [...s.anchors, twin], parts, words: words(parts) })
      }
    }
    for (const { beat: _beat, ...s } of rightSlides.filter((x) => x.beat === beat.id)) slides.push(s)
  }
  return { id, title: pair.title, subtitle: `${left.perspective}’s side and ${right.perspective}’s, beat by beat`, tint: 'both', slides, version: deckVersion(slides) }
}

/** The slide an anchor lands on (0, the title, when there is none). */
export function slideIndexOf(deck: Deck, anchor: string | undefined): number {
  if (!anchor) return 0
  const i = deck.slides.findIndex((s) => s.anchors.includes(anchor))
  return i < 0 ? 0 : i
}
