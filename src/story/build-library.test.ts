import { describe, expect, test } from 'vitest'
import { buildLibrary, type SourceFile } from './build-library.ts'

const story = (id: string, body: string, extra = '') => ({
  file: `stories/${id}.md`,
  text: `---\nid: ${id}\ntitle: ${id}\nperspective: ${id}\ntint: warm\n${extra}---\n\n${body}\n`,
})
const pair = (beats: string, echoes = '') => ({
  file: 'stories/pair.md',
  text: `---\nid: pair\nkind: pair\ntitle: Pair\nleft: a\nright: b\nbeats:\n${beats}${echoes}---\n`,
})
const BEATS = '  - { id: hands, label: Hands }\n  - { id: love, label: Love }\n'
const A = story('a', '<!-- beat: hands -->\n\nShe takes his hand.\n\n<!-- beat: love -->\n\n“I love you”\n\nShe means it.')
const B = story('b', '<!-- beat: hands -->\n\nHe feels her hand.\n\n<!-- beat: love -->\n\n"I love you" — There, she said it.')
const build =
  (...files: SourceFile[]) =>
  () =>
    buildLibrary(files)

describe('pairs', () => {
  test('echoes mark one line on each side with a shared id', () => {
    const lib = buildLibrary([A, B, pair(BEATS, 'echoes:\n  - { words: I love you, beat: love }\n')])
    expect(lib.pairs[0]?.echoes).toEqual([{ id: 'i-love-you', words: 'I love you', beat: 'love', left: 'i-love-you', right: 'i-love-you-there-she-said' }])
    const marked = lib.stories.flatMap((s) => s.beats.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.filter((l) => l.echo))))
    expect(marked.map((l) => l.echo)).toEqual(['i-love-you', 'i-love-you'])
  })

  test('a beat may be missing from one piece', () => {
    const b = story('b', '<!-- beat: love -->\n\n"I love you"')
    const lib = buildLibrary([A, b, pair(BEATS)])
    expect(lib.stories.find((s) => s.id === 'b')?.beats.map((x) => x.id)).toEqual(['love'])
  })

  test('an echo whose two sides do not share their words is an error at its line', () => {
    expect(build(A, B, pair(BEATS, 'echoes:\n  - { words: She means it, beat: love }\n'))).toThrow(
      'stories/pair.md:11: echo "She means it": no line of b in beat "love" share these words',
    )
  })

  test('an echo that names no beat is an error', () => {
    expect(build(A, B, pair(BEATS, 'echoes:\n  - { words: I love you, beat: kiss }\n'))).toThrow('stories/pair.md:11: echo "I love you" names no beat: "kiss"')
  })

  test('a pair that names a missing story is an error at that field', () => {
    expect(build(A, pair(BEATS))).toThrow('stories/pair.md:6: no story "b"')
  })

  test('beats out of the pair’s order are an error in the story', () => {
    const b = story('b', '<!-- beat: love -->\n\nLove.\n\n<!-- beat: hands -->\n\nHands.')
    expect(build(A, b, pair(BEATS))).toThrow('stories/b.md:12: beat "hands" is out of order')
  })

  test('a duplicate beat id in the pair is an error at its line', () => {
    expect(build(A, B, pair(BEATS + '  - { id: hands, label: Again }\n'))).toThrow('stories/pair.md:10: duplicate beat id "hands"')
  })

  test('an unknown field in a beat is an error', () => {
    expect(build(A, B, pair('  - { id: hands, label: Hands, colour: red }\n'))).toThrow('stories/pair.md:8: unknown beat field "colour"')
  })
})

test('ids are unique across stories and pairs', () => {
  const clash = { file: 'stories/pair.md', text: pair(BEATS).text.replace('id: pair', 'id: a') }
  expect(build(A, B, clash)).toThrow('duplicate id "a"')
})

test('a story id must match its file name', () => {
  expect(build({ file: 'stories/c.md', text: A.text })).toThrow('stories/c.md:2: id "a" must match the file name "c"')
})
