import type { Beat, Library, Line, Pair, Story } from './story-types.ts'

/** The story with `id`, or undefined. */
export function findStory(library: Library, id: string): Story | undefined {
  return library.stories.find((s) => s.id === id)
}

/** The pair with `id`, or undefined. */
export function findPair(library: Library, id: string): Pair | undefined {
  return library.pairs.find((p) => p.id === id)
}

/** The pair a story belongs to, or undefined. */
export function pairOf(library: Library, storyId: string): Pair | undefined {
  return library.pairs.find((p) => p.left === storyId || p.right === storyId)
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
