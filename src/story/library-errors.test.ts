import { describe, expect, test } from 'vitest'
import { buildLibrary, type SourceFile } from './build-library.ts'
import { IdClaims, claimId } from './ids.ts'
import { parseStory } from './parse-story.ts'

const story = (id: string, body: string, extra = '', tint = 'warm') => ({
  file: `stories/${id}.md`,
  text: `---\nid: ${id}\ntitle: ${id}\nperspective: ${id}\ntint: ${tint}\n${extra}---\n\n${body}\n`,
})
const pairOf = (id: string, left: string, right: string, beats = '  - { id: hands, label: Hands }\n') => ({
  file: `stories/${id}.md`,
  text: `---\nid: ${id}\nkind: pair\ntitle: ${id}\nleft: ${left}\nright: ${right}\nbeats:\n${beats}---\n`,
})
const build =
  (...files: SourceFile[]) =>
  () =>
    buildLibrary(files)

describe('a library of any stories and pairs', () => {
  test('a story may be in no pair, one, or several; its beats name beats of any of them', () => {
    const lib = buildLibrary([
      story('a', '<!-- beat: hands -->\n\nA takes a hand.\n\n<!-- beat: door -->\n\nA opens the door.'),
      story('b', '<!-- beat: hands -->\n\nB feels it.'),
      story('c', '<!-- beat: door -->\n\nC hears the door.', '', 'neutral'),
      story('d', 'D is alone.'),
      pairOf('one', 'a', 'b'),
      pairOf('two', 'a', 'c', '  - { id: door, label: The door }\n'),
    ])
    expect(lib.pairs.map((p) => p.id)).toEqual(['one', 'two'])
    expect(lib.stories.find((s) => s.id === 'a')?.beats.map((b) => b.label)).toEqual(['Hands', 'The door'])
    expect(lib.stories.find((s) => s.id === 'c')?.tint).toBe('neutral')
  })

  test('a story id equal to a pair id is a build error at the pair’s id', () => {
    const clash = { ...pairOf('a', 'a', 'b'), file: 'stories/scene.md' }
    const told = (id: string) => story(id, '<!-- beat: hands -->\n\nA hand.')
    expect(build(told('a'), told('b'), clash)).toThrow('stories/scene.md:2: duplicate id "a": stories/a.md has it already')
  })

  test('the site file names the site; without one the site has a plain name', () => {
    const site = { file: 'stories/site.md', text: '---\nkind: site\nname: Harbour\ntagline: Two tellings.\n---\n' }
    expect(buildLibrary([story('a', 'A.'), site]).site).toMatchObject({ name: 'Harbour', tagline: 'Two tellings' })
    expect(buildLibrary([story('a', 'A.')]).site.name).toBe('Paired scenes')
    expect(build(story('a', 'A.'), site, { ...site, file: 'stories/site2.md' })).toThrow('stories/site2.md:1: only one site file')
  })
})

describe('mistakes an author can make fail with the file and line', () => {
  test('a line whose id would land on another element of the page', () => {
    expect(() => parseStory('stories/x.md', '---\nid: x\ntitle: X\nperspective: P\ntint: warm\n---\n\nIt began.\n\nMain. Then more.\n')).toThrow(
      'stories/x.md:10: the line “Main.” would get the id "main", which another part of the page has',
    )
  })

  test('an empty list of beats', () => {
    expect(build(story('a', 'A.'), story('b', 'B.'), pairOf('p', 'a', 'b', ' []\n'))).toThrow('stories/p.md:7: a pair needs at least one beat')
  })

  test('a field named like an object property is unknown', () => {
    expect(build(story('a', 'A.', 'constructor: x\n'))).toThrow('stories/a.md:6: unknown field "constructor"')
  })

  test('an undefined alias and an alias bomb are errors at their line, not exceptions', () => {
    expect(build(story('a', 'A.', 'summary: *nothing\n'))).toThrow('stories/a.md:6: invalid front matter: the alias *nothing names no anchor')
    const bomb =
      'note: &a [x, x, x, x, x, x, x, x, x, x]\nsummary: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nfandom: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nsetting: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n'
    expect(build(story('a', 'A.', bomb))).toThrow(/^stories\/a\.md:7: invalid front matter: too many aliases/)
  })

  test('a "---" line inside a block scalar is text, not the end of the front matter', () => {
    const lib = buildLibrary([story('a', 'A.', 'note: |\n  One.\n---\n  Two.\n')])
    expect(lib.stories[0]?.meta.note).toBe('One.\n---\nTwo.')
  })

  test('a kind that is neither pair nor site', () => {
    expect(build(story('a', 'A.', 'kind: pear\n'))).toThrow('stories/a.md:6: field "kind" must be "pair" or "site"')
  })
})

describe('line ids', () => {
  test('claimed as before: the first free of base, base-2, base-3…', () => {
    const ids = new IdClaims(['the-end'])
    const old = new Set(['the-end'])
    for (const base of ['fire', 'the-end', 'fire', 'fire-2', 'the-end', 'fire', 'the-end-2']) expect(ids.claim(base)).toBe(claimId(base, old))
  })

  test('20,000 repeated sentences are claimed in linear time', () => {
    const started = performance.now()
    const ids = new IdClaims()
    for (let i = 0; i < 20000; i++) ids.claim('he-said-nothing')
    expect(ids.claim('he-said-nothing')).toBe('he-said-nothing-20001')
    expect(performance.now() - started).toBeLessThan(500)
  })

  test('a story of 1 MB parses in seconds', () => {
    const para = 'He said nothing. She looked at the sea. The light went round and round. '
    const body = Array.from({ length: 14000 }, (_, i) => (i % 5 === 4 ? para + '\n\n' : para)).join('')
    expect(body.length).toBeGreaterThan(1_000_000)
    const started = performance.now()
    const parsed = parseStory('stories/long.md', `---\nid: long\ntitle: Long\nperspective: P\ntint: cool\n---\n\n${body}\n`)
    expect(parsed.words).toBeGreaterThan(150_000)
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 60_000)
})

test('an echo whose line does not open its paragraph fails, saying why', () => {
  const a = story('a', '<!-- beat: hands -->\n\nShe smiled. I love you, she said.')
  const b = story('b', '<!-- beat: hands -->\n\nI love you, he said.')
  const pair = {
    ...pairOf('p', 'a', 'b'),
    text: pairOf('p', 'a', 'b')
      .text.replace('---\n', '')
      .replace(/---\n$/, 'echoes:\n  - { words: I love you, beat: hands }\n---\n'),
  }
  expect(build(a, b, { ...pair, text: '---\n' + pair.text })).toThrow('stories/p.md:10: echo "I love you": in a the line “I love you, she said.” does not start its paragraph')
})

test('a pair file is a pair however its kind is written, and its mistakes are blamed on it', () => {
  const a = story('a', '<!-- beat: hands -->\n\nA hand.')
  const quoted = { file: 'stories/p.md', text: '---\nid: p\nkind: "pair" # the two tellings\ntitle: P\nleft: a\nright: nobody\nbeats:\n  - { id: hands, label: Hands }\n---\n' }
  expect(build(a, quoted)).toThrow('stories/p.md:6: no story "nobody"')
})
