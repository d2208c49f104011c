import type { Beat, Library, Line, Pair, Story } from './story-types.ts'

/** The story with `id`, or undefined. */
export function findStory(library: Library, id: string): Story | undefined {
  return library.stories.find((s) => s.id === id)
}

/** The pair with `id`, or undefined. */
export function findPair(library: Library, id: string): Pair | undefined {
  return library.pairs.find((p) => p.id === id)
}

/** The pair a story belongs to when it is in exactly one, else undefined. */
export function pairOf(library: Library, storyId: string): Pair | undefined {
  const [pair, ...more] = pairsOf(library, storyId)
  return more.length === 0 ? pair : undefined
}

/** Every pair a story is told in, in library order. */
export function pairsOf(library: Library, storyId: string): Pair[] {
  return library.pairs.filter((p) => p.left === storyId || p.right === storyId)
}

/** A pair a story is in, and the other telling in it. */
export interface Telling {
  readonly pair: Pair
  readonly other: Story
}

/** For each pair a story is in: the pair and the story told opposite it. */
export function tellingsOf(library: Library, storyId: string): Telling[] {
  return pairsOf(library, storyId).flatMap((pair) => {
    const other = findStory(library, pair.left === storyId ? pair.right : pair.left)
    return other ? [{ pair, other }] : []
  })
}

/** The two stories of a pair, left and right, or undefined when one is missing. */
export function sidesOf(library: Library, pair: Pair): readonly [Story, Story] | undefined {
  const left = findStory(library, pair.left)
  const right = findStory(library, pair.right)
  return left && right ? [left, right] : undefined
}

/** The scene, when the library is one scene (exactly one pair and its two stories); else undefined. */
export function onlyScene(library: Library): Pair | undefined {
  const [pair, ...more] = library.pairs
  return pair && more.length === 0 && library.stories.length === 2 && pair.left !== pair.right ? pair : undefined
}

/** True when the library is one scene: exactly one pair and its two stories. */
export function isOneScene(library: Library): boolean {
  return onlyScene(library) !== undefined
}

/** "Perspective’s side", and " of “Pair”" when the story is in exactly one pair. */
export function sideOf(library: Library, story: Story): string {
  const pair = pairOf(library, story.id)
  return `${story.perspective}’s side${pair ? ` of “${pair.title}”` : ''}`
}

/** A story's title for pages and previews: "Title · Perspective’s side of “Pair”" (the pair only when it is in exactly one). */
export function storyHeading(library: Library, story: Story): string {
  return `${story.title} · ${sideOf(library, story)}`
}

/** Every line of a story, in reading order. */
export function linesOf(story: Story): Line[] {
  return story.beats.flatMap((b) => b.paragraphs.flatMap((p) => p.lines))
}

/** A moment in a story: the beat, and the line (a beat's first line when the anchor is a beat). */
export interface Moment {
  readonly story: Story
  readonly beat: Beat
  readonly line: Line
  /** True when the anchor named the beat rather than one line. */
  readonly isBeat: boolean
}

/** Finds `anchor` (a beat id or a line id) in a story; undefined when it has none. */
export function findMoment(story: Story, anchor: string): Moment | undefined {
  for (const beat of story.beats) {
    const first = beat.paragraphs[0]?.lines[0]
    if (beat.id === anchor && first) return { story, beat, line: first, isBeat: true }
    for (const p of beat.paragraphs) {
      const line = p.lines.find((l) => l.id === anchor)
      if (line) return { story, beat, line, isBeat: false }
    }
  }
  return undefined
}

/** The ids lines of `story` carry in a page that also shows `other`: prefixed where both have the same id. */
export function domIdOf(lineId: string, story: Story, other?: Story): string {
  if (!other || story.id === other.id) return lineId
  return linesOf(other).some((l) => l.id === lineId) && story.id > other.id ? `${story.id}-${lineId}` : lineId
}
