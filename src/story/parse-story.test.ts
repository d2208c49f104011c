import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseStory } from './parse-story.ts'
import { StoryError } from './story-error.ts'
import type { PairBeat } from './story-types.ts'

const BEATS: PairBeat[] = [
  { id: 'hands', label: 'Their hands join' },
  { id: 'fire', label: 'Fire that doesn’t burn' },
]
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', `${name}.md`), 'utf8')
const errorOf = (name: string) => {
  try {
    parseStory(`stories/${name}.md`, fixture(name), BEATS)
  } catch (e) {
    expect(e).toBeInstanceOf(StoryError)
    return (e as Error).message
  }
  throw new Error(`${name} parsed without error`)
}

describe('a malformed story is an error naming the file and line', () => {
  test.each([
    ['missing-front-matter', 'stories/missing-front-matter.md:1: missing front matter'],
    ['invalid-front-matter', 'stories/invalid-front-matter.md:3: invalid front matter'],
    ['unknown-field', 'stories/unknown-field.md:6: unknown field "author"'],
    ['empty', 'stories/empty.md:7: the story is empty'],
    ['duplicate-beat', 'stories/duplicate-beat.md:12: duplicate beat "hands" (already started at line 8)'],
    ['unknown-beat', 'stories/unknown-beat.md:12: beat marker names no beat: "kiss"'],
    ['unclosed-emphasis', 'stories/unclosed-emphasis.md:12: unclosed emphasis'],
    ['out-of-order', 'stories/out-of-order.md:12: beat "hands" is out of order'],
    ['raw-html', 'stories/raw-html.md:10: raw HTML is not allowed'],
  ])('%s', (name, expected) => {
    expect(errorOf(name)).toContain(expected)
  })

  test('a field of the wrong kind names its line', () => {
    const source = '---\nid: x\ntitle: X\nperspective: Buffy\ntint: hot\n---\n\nText.\n'
    expect(() => parseStory('stories/x.md', source)).toThrow('stories/x.md:5: field "tint" must be "warm", "cool" or "neutral", not "hot"')
  })

  test('indented text (read as code by Markdown) is refused with a hint', () => {
    const source = '---\nid: x\ntitle: X\nperspective: Buffy\ntint: warm\n---\n\n    Indented text.\n'
    expect(() => parseStory('stories/x.md', source)).toThrow('stories/x.md:8: indented text is read as code')
  })

  test('a repair whose repaired text is not in the story is refused', () => {
    const source = '---\nid: x\ntitle: X\nperspective: Buffy\ntint: warm\nrepairs:\n  - { source: "a?b", text: "a…b" }\n---\n\nText.\n'
    expect(() => parseStory('stories/x.md', source)).toThrow('stories/x.md:7: repaired text "a…b" is not in the story')
  })
})

describe('a well-formed story', () => {
  const source = [
    '---',
    'id: s',
    'title: For Her',
    'perspective: Spike',
    'tint: cool',
    'rating: PG',
    'note: A companion piece',
    '---',
    '',
    '<!-- beat: hands -->',
    '',
    'He takes her hand. *So that’s it… and I didn’t let her* He waits.',
    '',
    '“I love you”',
    '',
    '<!-- beat: fire -->',
    '',
    'Fire. It doesn’t burn.',
    '',
    '### The End',
  ].join('\n')
  const story = parseStory('stories/s.md', source, BEATS)

  test('keeps metadata apart from the text', () => {
    expect(story.meta).toEqual({ rating: 'PG', note: 'A companion piece' })
    expect(story.title).toBe('For Her')
  })

  test('splits paragraphs into sentence lines and keeps italics', () => {
    const [hands] = story.beats
    const lines = hands?.paragraphs[0]?.lines ?? []
    expect(lines.map((l) => l.text)).toEqual(['He takes her hand.', 'So that’s it… and I didn’t let her He waits.'])
    expect(lines[1]?.spans).toEqual([{ text: 'So that’s it… and I didn’t let her', em: true }, { text: ' He waits.' }])
  })

  test('gives lines readable ids that never equal a beat id', () => {
    const ids = story.beats.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => l.id)))
    expect(ids).toEqual(['he-takes-her-hand', 'so-thats-it-and-i-didnt', 'i-love-you', 'fire-2', 'it-doesnt-burn', 'the-end'])
    expect(ids).not.toContain('fire')
  })

  test('labels beats from the pair and counts words', () => {
    expect(story.beats.map((b) => [b.id, b.label])).toEqual([
      ['hands', 'Their hands join'],
      ['fire', 'Fire that doesn’t burn'],
    ])
    expect(story.words).toBe(23)
  })

  test('a heading stays one line of its own kind', () => {
    const last = story.beats[1]?.paragraphs.at(-1)?.lines[0]
    expect(last).toMatchObject({ kind: 'heading', text: 'The End' })
  })

  test('line ids stay the same when another line is edited', () => {
    const edited = parseStory('stories/s.md', source.replace('He takes her hand.', 'He takes her hand, at last.'), BEATS)
    const before = story.beats[1]?.paragraphs[0]?.lines.map((l) => l.id)
    const after = edited.beats[1]?.paragraphs[0]?.lines.map((l) => l.id)
    expect(after).toEqual(before)
  })
})
