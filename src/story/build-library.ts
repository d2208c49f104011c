import { parseFrontMatter } from './front-matter.ts'
import { slugify } from './ids.ts'
import { isPairSource, parsePair, type PairSource } from './parse-pair.ts'
import { parseStory } from './parse-story.ts'
import { StoryError } from './story-error.ts'
import type { Echo, Library, Line, Pair, PairBeat, Story } from './story-types.ts'
import { containsWords } from './words.ts'

/** A source file: its path as shown in errors (`stories/buffy.md`) and its text. */
export interface SourceFile {
  readonly file: string
  readonly text: string
}

const stemOf = (file: string) => file.replace(/^.*\//, '').replace(/\.md$/, '')

/**
 * Parses every story and pair and checks them against each other. A story's id is its
 * file name; ids are unique across stories and pairs (presentations address both).
 * Throws a StoryError (`file:line: reason`) at the first fault.
 */
export function buildLibrary(files: readonly SourceFile[]): Library {
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file))
  const pairSources = sorted.filter((f) => isPairSource(f.text)).map((f) => parsePair(f.file, f.text))
  const beatsOf = new Map<string, { pair: PairSource; beats: readonly PairBeat[] }>()
  for (const pair of pairSources) {
    for (const side of ['left', 'right'] as const) {
      const other = beatsOf.get(pair[side])
      if (other) throw new StoryError(pair.file, pair.lines[side], `story "${pair[side]}" is already paired in ${other.pair.file}`)
      beatsOf.set(pair[side], { pair, beats: pair.beats })
    }
  }

  const ids = new Map<string, string>()
  const claim = (id: string, file: string) => {
    const first = ids.get(id)
    if (first) throw new StoryError(file, 2, `duplicate id "${id}": ${first} has it already`)
    ids.set(id, file)
  }

  const stories = new Map<string, Story>()
  for (const f of sorted) {
    if (isPairSource(f.text)) continue
    const declared = parseFrontMatter(f.file, f.text).data.id
    if (typeof declared === 'string' && declared !== stemOf(f.file)) {
      throw new StoryError(f.file, 2, `id "${declared}" must match the file name "${stemOf(f.file)}"`)
    }
    const story = parseStory(f.file, f.text, beatsOf.get(stemOf(f.file))?.beats ?? [])
    claim(story.id, f.file)
    stories.set(story.id, story)
  }

  const pairs: Pair[] = []
  for (const p of pairSources) {
    claim(p.id, p.file)
    for (const side of ['left', 'right'] as const) {
      if (!stories.has(p[side])) throw new StoryError(p.file, p.lines[side], `no story "${p[side]}" (add stories/${p[side]}.md)`)
    }
    const echoes: Echo[] = p.echoes.map((e) => {
      const id = slugify(e.words)
      const find = (side: 'left' | 'right') => {
        const story = stories.get(p[side]) as Story
        const beat = story.beats.find((b) => b.id === e.beat)
        if (!beat) throw new StoryError(p.file, e.line, `echo "${e.words}": ${story.id} has no beat "${e.beat}"`)
        const found = beat.paragraphs.flatMap((para) => para.lines).filter((l) => containsWords(l.text, e.words))
        if (found.length !== 1) {
          const why = found.length ? `${found.length} lines` : 'no line'
          throw new StoryError(p.file, e.line, `echo "${e.words}": ${why} of ${story.id} in beat "${e.beat}" share these words`)
        }
        return (found[0] as Line).id
      }
      return { id, words: e.words, beat: e.beat, left: find('left'), right: find('right') }
    })
    for (const side of ['left', 'right'] as const) {
      const marks = new Map(echoes.map((e) => [e[side], e.id]))
      stories.set(p[side], markEchoes(stories.get(p[side]) as Story, marks))
    }
    pairs.push({ id: p.id, title: p.title, left: p.left, right: p.right, meta: dropUndefined(p.meta), beats: p.beats, echoes })
  }
  return { stories: [...stories.values()], pairs }
}

function markEchoes(story: Story, marks: ReadonlyMap<string, string>): Story {
  if (marks.size === 0) return story
  return {
    ...story,
    beats: story.beats.map((b) => ({
      ...b,
      paragraphs: b.paragraphs.map((p) => ({
        lines: p.lines.map((l) => {
          const echo = marks.get(l.id)
          return echo ? { ...l, echo } : l
        }),
      })),
    })),
  }
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
