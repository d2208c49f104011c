import { parseFrontMatter, readFields } from './front-matter.ts'
import { ID_PATTERN } from './ids.ts'
import { StoryError } from './story-error.ts'
import type { PairBeat, StoryMeta } from './story-types.ts'

const PAIR_FIELDS = {
  id: { kind: 'id', required: true },
  kind: { kind: 'text', required: true },
  title: { kind: 'text', required: true },
  left: { kind: 'id', required: true },
  right: { kind: 'id', required: true },
  fandom: { kind: 'text' },
  setting: { kind: 'text' },
  summary: { kind: 'text' },
  beats: { kind: 'list', required: true },
  echoes: { kind: 'list' },
} as const

/** An echo as written in a pair file, before it is found in the stories. */
export interface EchoSource {
  readonly words: string
  readonly beat: string
  readonly line: number
}

/** A pair file, parsed and checked on its own; `buildLibrary` checks it against the stories. */
export interface PairSource {
  readonly file: string
  readonly id: string
  readonly title: string
  readonly left: string
  readonly right: string
  readonly meta: StoryMeta
  readonly beats: readonly PairBeat[]
  readonly echoes: readonly EchoSource[]
  readonly lines: { readonly id: number; readonly left: number; readonly right: number }
}

/** What a source file is, by its front matter's `kind` (a story when it has none). */
export function kindOf(file: string, source: string): 'story' | 'pair' | 'site' {
  const kind = parseFrontMatter(file, source).data.kind
  if (kind === undefined || kind === 'story') return 'story'
  if (kind === 'pair' || kind === 'site') return kind
  const fm = parseFrontMatter(file, source)
  throw new StoryError(file, fm.keyLines.get('kind') ?? 2, `field "kind" must be "pair" or "site" (or left out, for a story), not "${String(kind)}"`)
}

/** Parses a pair file (front matter only); throws a StoryError with the file line on any fault. */
export function parsePair(file: string, source: string): PairSource {
  const fm = parseFrontMatter(file, source)
  const f = readFields(file, fm, PAIR_FIELDS)
  if (f.kind !== 'pair') throw new StoryError(file, fm.keyLines.get('kind') ?? 2, 'field "kind" must be "pair"')
  if (fm.body.trim()) throw new StoryError(file, fm.bodyLine, 'a pair file has no text after its front matter')
  const beatLines = fm.itemLines.get('beats') ?? []
  if ((f.beats as unknown[]).length === 0) throw new StoryError(file, fm.keyLines.get('beats') ?? 2, 'a pair needs at least one beat: "beats" is empty')
  const beats = readList(file, f.beats, beatLines, (item, line) => {
    const { id, label, diverges, ...rest } = item
    const extra = Object.keys(rest)[0]
    if (extra) throw new StoryError(file, line, `unknown beat field "${extra}" (known: id, label, diverges)`)
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new StoryError(file, line, 'each beat needs an "id" of lower-case words joined by hyphens')
    if (typeof label !== 'string' || !label.trim()) throw new StoryError(file, line, `beat "${id}" needs a "label"`)
    if (diverges !== undefined && typeof diverges !== 'string') throw new StoryError(file, line, `"diverges" of beat "${id}" must be text`)
    return diverges ? { id, label, diverges: diverges.trim() } : { id, label }
  })
  const seen = new Set<string>()
  beats.forEach((b, i) => {
    if (seen.has(b.id)) throw new StoryError(file, beatLines[i] ?? 2, `duplicate beat id "${b.id}"`)
    seen.add(b.id)
  })
  const echoes = readList(file, f.echoes ?? [], fm.itemLines.get('echoes') ?? [], (item, line) => {
    const { words, beat } = item
    if (typeof words !== 'string' || !words.trim()) throw new StoryError(file, line, 'each echo needs the "words" both pieces say')
    if (typeof beat !== 'string' || !seen.has(beat)) throw new StoryError(file, line, `echo "${String(words)}" names no beat: "${String(beat)}"`)
    return { words: words.trim(), beat, line }
  })
  return {
    file,
    id: f.id as string,
    title: f.title as string,
    left: f.left as string,
    right: f.right as string,
    meta: { fandom: f.fandom as string | undefined, setting: f.setting as string | undefined, summary: f.summary as string | undefined },
    beats,
    echoes,
    lines: { id: fm.keyLines.get('id') ?? 2, left: fm.keyLines.get('left') ?? 2, right: fm.keyLines.get('right') ?? 2 },
  }
}

/** Reads a YAML list of maps, each item reported at its own file line. */
function readList<T>(file: string, value: unknown, lines: readonly number[], read: (item: Record<string, unknown>, line: number) => T): T[] {
  return (value as unknown[]).map((item, i) => {
    const line = lines[i] ?? 2
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new StoryError(file, line, 'expected a list item with fields')
    return read(item as Record<string, unknown>, line)
  })
}
