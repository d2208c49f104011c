/** The story model: plain, readonly data produced at build time and shipped as JSON. */

/** A run of text inside a line; `em` marks italics (a character's inner thought, say). */
export interface Span {
  readonly text: string
  readonly em?: boolean
}

/** One sentence of prose (or a heading such as "The End"): the unit that is revealed and linked. */
export interface Line {
  /** Readable, unique within its story, never equal to a beat id. */
  readonly id: string
  readonly spans: readonly Span[]
  /** The plain text of the spans, joined. */
  readonly text: string
  readonly words: number
  readonly kind: 'prose' | 'heading'
  /** Set when this line is one side of an echo: the echo's id (shared by both lines). */
  readonly echo?: string
}

export interface Paragraph {
  readonly lines: readonly Line[]
}

export interface Beat {
  readonly id: string
  readonly label: string
  readonly paragraphs: readonly Paragraph[]
}

/** Descriptive metadata, as the sources state it; absent fields were not stated. */
export interface StoryMeta {
  readonly fandom?: string
  readonly pairing?: string
  readonly rating?: string
  readonly setting?: string
  readonly summary?: string
  readonly status?: string
  readonly disclaimer?: string
  /** The author's note, kept apart from the story. */
  readonly note?: string
}

/** The light of a story's side: warm (sun), cool (dark) or neutral (grey). */
export type Tint = 'warm' | 'cool' | 'neutral'

/** Every tint an author may name. */
export const TINTS: readonly Tint[] = ['warm', 'cool', 'neutral']

export interface Story {
  readonly id: string
  readonly title: string
  /** Whose side of the scene this is: a character's name. */
  readonly perspective: string
  readonly tint: Tint
  readonly meta: StoryMeta
  readonly beats: readonly Beat[]
  readonly words: number
}

export interface PairBeat {
  readonly id: string
  readonly label: string
  /** Set where the tellings diverge: how they differ, plainly. */
  readonly diverges?: string
}

/** Words both pieces say: one line in each story, in the same beat. */
export interface Echo {
  readonly id: string
  readonly words: string
  readonly beat: string
  readonly left: string
  readonly right: string
}

export interface Pair {
  readonly id: string
  readonly title: string
  readonly left: string
  readonly right: string
  readonly meta: StoryMeta
  readonly beats: readonly PairBeat[]
  readonly echoes: readonly Echo[]
}

/** The site's own name and tagline (`stories/site.md`, `kind: site`). */
export interface Site {
  readonly name: string
  readonly tagline: string
  readonly description: string
}

/** Everything the site shows, as parsed from `stories/`. */
export interface Library {
  readonly site: Site
  readonly stories: readonly Story[]
  readonly pairs: readonly Pair[]
}
