import { parseFrontMatter } from './front-matter.ts'
import { slugify } from './ids.ts'
import { kindOf, parsePair, type PairSource } from './parse-pair.ts'
import { DEFAULT_SITE, parseSite } from './parse-site.ts'
import { parseStory } from './parse-story.ts'
import { StoryError } from './story-error.ts'
import type { Echo, Library, Line, Pair, PairBeat, Site, Story } from './story-types.ts'
import { containsWords } from './words.ts'

/** A source file: its path as shown in errors (`stories/buffy.md`) and its text. */
export interface SourceFile {
  readonly file: string
  readonly text: string
}

const stemOf = (file: string) => file.replace(/^.*\//, '').replace(/\.md$/, '')

/** A check of the whole library made by another part of the build (the cards' file names): a fault names its story or pair. */
export interface BuildOptions {
  readonly check?: (library: Library) => { readonly owner: string; readonly reason: string } | undefined
}

/**
 * Parses every story and pair and checks them against each other. A story's id is its
 * file name; ids are unique across stories and pairs (presentations address both).
 * Throws a StoryError (`file:line: reason`) at the first fault.
 */
export function buildLibrary(files: readonly SourceFile[], { check }: BuildOptions = {}): Library {
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file))
  const kinds = new Map(sorted.map((f) => [f.file, kindOf(f.file, f.text)]))
  const sites = sorted.filter((f) => kinds.get(f.file) === 'site')
  if (sites.length > 1) throw new StoryError(sites[1]?.file ?? '', 1, `only one site file: ${sites[0]?.file ?? ''} is one already`)
  const site: Site = sites[0] ? parseSite(sites[0].file, sites[0].text) : DEFAULT_SITE
  const pairSources = sorted.filter((f) => kinds.get(f.file) === 'pair').map((f) => parsePair(f.file, f.text))
  // A story may be told in several pairs: its beat markers name beats of any of them.
  const pairsOf = new Map<string, PairSource[]>()
  for (const pair of pairSources) {
    for (const side of ['left', 'right'] as const) {
      const list = pairsOf.get(pair[side]) ?? []
      if (list.includes(pair)) throw new StoryError(pair.file, pair.lines[side], `story "${pair[side]}" is on both sides of the pair`)
      pairsOf.set(pair[side], [...list, pair])
    }
  }

  const ids = new Map<string, string>()
  const claim = (id: string, file: string, line: number) => {
    const first = ids.get(id)
    if (first) throw new StoryError(file, line, `duplicate id "${id}": ${first} has it already (stories and pairs share one set of ids)`)
    ids.set(id, file)
  }

  const stories = new Map<string, Story>()
  for (const f of sorted) {
    if (kinds.get(f.file) !== 'story') continue
    const declared = parseFrontMatter(f.file, f.text).data.id
    if (typeof declared === 'string' && declared !== stemOf(f.file)) {
      throw new StoryError(f.file, 2, `id "${declared}" must match the file name "${stemOf(f.file)}"`)
    }
    const told = pairsOf.get(stemOf(f.file)) ?? []
    const story = parseStory(f.file, f.text, mergeBeats(told.map((p) => p.beats)), { ordered: told.length <= 1 })
    for (const p of told.length > 1 ? told : []) checkOrder(p, story)
    claim(story.id, f.file, 2)
    stories.set(story.id, story)
  }

  const pairs: Pair[] = []
  for (const p of pairSources) {
    claim(p.id, p.file, p.lines.id)
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
        const line = found[0] as Line
        // Side by side, an echo's two lines stand at the same height: each must open its paragraph.
        if (!beat.paragraphs.some((para) => para.lines[0] === line)) {
          throw new StoryError(
            p.file,
            e.line,
            `echo "${e.words}": in ${story.id} the line “${line.text}” does not start its paragraph, so the two sides can't be aligned there: start a paragraph with it, or drop the echo`,
          )
        }
        return line.id
      }
      return { id, words: e.words, beat: e.beat, left: find('left'), right: find('right') }
    })
    for (const side of ['left', 'right'] as const) {
      const marks = new Map(echoes.map((e) => [e[side], e.id]))
      stories.set(p[side], markEchoes(stories.get(p[side]) as Story, marks))
    }
    pairs.push({ id: p.id, title: p.title, left: p.left, right: p.right, meta: dropUndefined(p.meta), beats: p.beats, echoes })
  }
  const library = { site, stories: [...stories.values()], pairs }
  const fault = check?.(library)
  if (fault) {
    const pair = pairSources.find((p) => p.id === fault.owner)
    throw new StoryError(pair?.file ?? ids.get(fault.owner) ?? sorted[0]?.file ?? '', pair?.lines.id ?? 2, fault.reason)
  }
  return library
}

/** The beats of every pair a story is in, each once, in the order they first come. */
function mergeBeats(lists: readonly (readonly PairBeat[])[]): PairBeat[] {
  const seen = new Map<string, PairBeat>()
  for (const list of lists) for (const b of list) if (!seen.has(b.id)) seen.set(b.id, b)
  return [...seen.values()]
}

/** A story told in several pairs tells each pair's beats in that pair's order. */
function checkOrder(pair: PairSource, story: Story): void {
  const order = new Map(pair.beats.map((b, i) => [b.id, i]))
  const told = story.beats.map((b) => order.get(b.id)).filter((i) => i !== undefined)
  const at = told.findIndex((i, k) => k > 0 && i < (told[k - 1] as number))
  if (at > 0) {
    const beat = pair.beats[told[at] as number]?.id ?? ''
    throw new StoryError(pair.file, pair.lines.left, `${story.id} tells beat "${beat}" out of this pair's order`)
  }
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
