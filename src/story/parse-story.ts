import { fromMarkdown } from 'mdast-util-from-markdown'
import type { PhrasingContent, RootContent } from 'mdast'
import { parseFrontMatter, readFields } from './front-matter.ts'
import { IdClaims, PAGE_IDS, slugify } from './ids.ts'
import { splitSentences } from './segment.ts'
import { StoryError } from './story-error.ts'
import { TINTS, type Beat, type Line, type Paragraph, type PairBeat, type Span, type Story, type StoryMeta, type Tint } from './story-types.ts'
import { countWords } from './words.ts'

const STORY_FIELDS = {
  id: { kind: 'id', required: true },
  kind: { kind: 'text' },
  title: { kind: 'text', required: true },
  perspective: { kind: 'text', required: true },
  tint: { kind: 'text', required: true },
  fandom: { kind: 'text' },
  pairing: { kind: 'text' },
  rating: { kind: 'text' },
  setting: { kind: 'text' },
  summary: { kind: 'text' },
  status: { kind: 'text' },
  disclaimer: { kind: 'text' },
  note: { kind: 'text' },
  repairs: { kind: 'list' },
} as const

const BEAT_MARKER = /^<!--\s*beat:\s*(\S+)\s*-->$/

/** One repair of damage in the source: `source` (as found) was replaced by `text`. */
export interface Repair {
  readonly source: string
  readonly text: string
}

/**
 * Parses a story source (YAML front matter + Markdown) into a Story.
 * `beats` are the beats of the pair(s) the story belongs to, in order; the story's
 * `<!-- beat: id -->` markers must name them, in that order. Any fault throws a StoryError
 * with the file line. With `ordered: false` (a story told in several pairs) the markers may
 * come in any order here: the library checks each pair's order.
 */
export function parseStory(file: string, source: string, beats: readonly PairBeat[] = [], { ordered = true } = {}): Story {
  const fm = parseFrontMatter(file, source)
  const f = readFields(file, fm, STORY_FIELDS)
  const tint = f.tint as string
  if (f.kind !== undefined && f.kind !== 'story') throw new StoryError(file, fm.keyLines.get('kind') ?? 2, `field "kind" must be "story", "pair" or "site"`)
  if (!(TINTS as readonly string[]).includes(tint)) {
    throw new StoryError(
      file,
      fm.keyLines.get('tint') ?? 2,
      `field "tint" must be ${TINTS.slice(0, -1)
        .map((t) => `"${t}"`)
        .join(', ')} or "${TINTS[TINTS.length - 1] ?? ''}", not "${tint}"`,
    )
  }
  const body = parseBody(file, fm.body, fm.bodyLine, beats, ordered)
  readRepairs(file, f.repairs, fm.itemLines.get('repairs') ?? [], fm.body)
  const meta = pick(f as Record<keyof StoryMeta, string | undefined>, ['fandom', 'pairing', 'rating', 'setting', 'summary', 'status', 'disclaimer', 'note'])
  const words = body.reduce((n, b) => n + b.paragraphs.reduce((m, p) => m + p.lines.reduce((k, l) => k + l.words, 0), 0), 0)
  return {
    id: f.id as string,
    title: f.title as string,
    perspective: f.perspective as string,
    tint: tint as Tint,
    meta,
    beats: body,
    words,
  }
}

/** The repairs listed in front matter; each repaired text must appear in the body. */
export function readRepairs(file: string, value: unknown, lines: readonly number[], body: string): Repair[] {
  if (value === undefined) return []
  const list = value as unknown[]
  return list.map((item, i) => {
    const r = item as Partial<Repair> | null
    const line = lines[i] ?? 2
    if (!r || typeof r.source !== 'string' || typeof r.text !== 'string') {
      throw new StoryError(file, line, 'each repair needs "source" (as found) and "text" (as repaired)')
    }
    if (!body.includes(r.text)) throw new StoryError(file, line, `repaired text "${r.text}" is not in the story`)
    return { source: r.source, text: r.text }
  })
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k]
  return out
}

interface OpenBeat {
  id: string
  label: string
  paragraphs: Paragraph[]
}

function parseBody(file: string, body: string, bodyLine: number, beats: readonly PairBeat[], ordered: boolean): Beat[] {
  const tree = fromMarkdown(body)
  const lineOf = (node: { position?: { start: { line: number } } }) => bodyLine - 1 + (node.position?.start.line ?? 1)
  const order = new Map(beats.map((b, i) => [b.id, i]))
  const seenBeats = new Map<string, number>()
  // A line's id must not land a moment link on another element of the page: a beat, its
  // label, or the page's own parts ("main", "story-title").
  const reserved = new Set([...PAGE_IDS, ...beats.map((b) => `${b.id}-label`), ...(beats.length ? [] : ['story', 'story-label'])])
  const taken = new IdClaims(
    beats.map((b) => b.id),
    reserved,
  )
  const out: OpenBeat[] = []
  let lastOrder = -1

  for (const node of tree.children) {
    const line = lineOf(node)
    if (node.type === 'html') {
      const marker = BEAT_MARKER.exec(node.value.trim())
      if (!marker) throw new StoryError(file, line, 'raw HTML is not allowed in a story (only <!-- beat: id --> markers)')
      const id = marker[1] as string
      const index = order.get(id)
      if (index === undefined) {
        const known = beats.map((b) => b.id).join(', ') || 'none: this story is in no pair'
        throw new StoryError(file, line, `beat marker names no beat: "${id}" (known beats: ${known})`)
      }
      const first = seenBeats.get(id)
      if (first !== undefined) throw new StoryError(file, line, `duplicate beat "${id}" (already started at line ${first})`)
      if (ordered && index < lastOrder) {
        const before = beats[lastOrder]?.id ?? ''
        throw new StoryError(file, line, `beat "${id}" is out of order: the pair puts it before "${before}"`)
      }
      lastOrder = index
      seenBeats.set(id, line)
      out.push({ id, label: beats[index]?.label ?? id, paragraphs: [] })
      continue
    }
    const paragraph = readBlock(file, node, bodyLine - 1, taken)
    let current = out[out.length - 1]
    if (!current) {
      if (beats.length > 0) {
        throw new StoryError(file, line, 'text before the first beat marker: start the story with <!-- beat: id -->')
      }
      current = { id: 'story', label: 'The story', paragraphs: [] }
      out.push(current)
    }
    current.paragraphs.push(paragraph)
  }

  const empty = out.find((b) => b.paragraphs.length === 0)
  if (out.length === 0) throw new StoryError(file, bodyLine, 'the story is empty: it has no text after the front matter')
  if (empty) throw new StoryError(file, seenBeats.get(empty.id) ?? bodyLine, `beat "${empty.id}" has no text`)
  return out
}

function readBlock(file: string, node: RootContent, offset: number, taken: IdClaims): Paragraph {
  const line = offset + (node.position?.start.line ?? 1)
  if (node.type === 'paragraph' || node.type === 'heading') {
    const spans = readSpans(file, node.children, offset)
    const kind = node.type === 'heading' ? 'heading' : 'prose'
    const sentences = kind === 'heading' ? [spans] : splitSentences(spans)
    const lines: Line[] = sentences.map((s) => {
      const text = s.map((x) => x.text).join('')
      const id = taken.claim(slugify(text))
      if (taken.isReserved(id)) {
        throw new StoryError(file, line, `the line “${text}” would get the id "${id}", which another part of the page has: reword its first words`)
      }
      return { id, spans: s, text, words: countWords(text), kind }
    })
    return { lines }
  }
  if (node.type === 'code') {
    throw new StoryError(file, line, 'indented text is read as code: remove the indentation')
  }
  throw new StoryError(file, line, `unsupported Markdown in a story: ${node.type}`)
}

function readSpans(file: string, nodes: readonly PhrasingContent[], offset: number, em = false): Span[] {
  const spans: Span[] = []
  for (const node of nodes) {
    const at = offset + (node.position?.start.line ?? 1)
    if (node.type === 'text') {
      const stray = node.value.search(/\*/)
      if (stray >= 0) {
        const where = at + (node.value.slice(0, stray).match(/\n/g)?.length ?? 0)
        throw new StoryError(file, where, 'unclosed emphasis: a "*" with no closing "*"')
      }
      push(spans, node.value.replace(/\s*\n\s*/g, ' '), em)
    } else if (node.type === 'emphasis' || node.type === 'strong') {
      spans.push(...readSpans(file, node.children, offset, true))
    } else if (node.type === 'break') {
      push(spans, ' ', em)
    } else {
      throw new StoryError(file, at, `unsupported Markdown inside a paragraph: ${node.type}`)
    }
  }
  return spans
}

function push(spans: Span[], text: string, em: boolean): void {
  const last = spans[spans.length - 1]
  if (last && Boolean(last.em) === em) spans[spans.length - 1] = { ...last, text: last.text + text }
  else spans.push(em ? { text, em } : { text })
}
