import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadLibrary } from '../../scripts/stories-plugin.ts'
import { parseLink } from '../links/links'
import { resolvePlace } from '../links/resolve'
import { buildLibrary } from '../story/build-library'
import type { Library } from '../story/story-types'
import { allCards, cardClash, cardFile } from './cards'
import { allPaths } from './routes'

const root = join(import.meta.dirname, '../..')
const shipped = loadLibrary(root)
const library = loadLibrary(root, 'tests/fixtures/library')
const file = (href: string, lib: Library = library) => cardFile(resolvePlace(parseLink(href), lib, href), lib)

test('card file names: the scene, a piece and its beats, a pair and its beats', () => {
  expect(
    ['/', '/scene/chosen', '/read/buffy', '/read/buffy/she-couldnt-look-away', '/side-by-side/chosen/i-love-you', '/present/spike/fire', '/present/chosen'].map((h) =>
      file(h, shipped),
    ),
  ).toEqual([
    'cards/chosen.png',
    'cards/chosen.png',
    'cards/read-buffy.png',
    'cards/read-buffy-hands.png',
    'cards/side-by-side-chosen-i-love-you.png',
    'cards/read-spike-fire.png',
    'cards/side-by-side-chosen.png',
  ])
  expect(file('/')).toBe('cards/library.png')
  expect(file('/scene/lighthouse')).toBe('cards/lighthouse.png')
})

test('every address is previewed with a card the build makes, and no two cards share a file', () => {
  for (const lib of [shipped, library]) {
    const made = new Set(allCards(lib).map((c) => c.file))
    expect(made.size).toBe(allCards(lib).length)
    for (const href of allPaths(lib, '/')) expect(made.has(file(href, lib)), href).toBe(true)
  }
})

// Links shared before point at these files: a card's address is a promise kept.
test('the shipped site makes the same cards as before: the scene, each telling and pair, and each of their beats', () => {
  const beats = ['crumbling', 'hands', 'seeing', 'fire', 'i-love-you', 'no-you-dont', 'the-end']
  expect(
    allCards(shipped)
      .map((c) => c.file)
      .sort(),
  ).toEqual(
    [
      'cards/chosen.png',
      'cards/read-buffy.png',
      'cards/read-spike.png',
      'cards/side-by-side-chosen.png',
      // Buffy's telling has no "crumbling": it opens at the hands.
      ...beats.filter((b) => b !== 'crumbling').map((b) => `cards/read-buffy-${b}.png`),
      ...beats.map((b) => `cards/read-spike-${b}.png`),
      ...beats.map((b) => `cards/side-by-side-chosen-${b}.png`),
    ].sort(),
  )
  expect(allCards(shipped).map((c) => c.credit)).toContain('One scene, two hearts')
})

test('a story named like another story’s beat card is a build error naming the story', () => {
  const story = (id: string, body: string) => ({ file: `stories/${id}.md`, text: `---\nid: ${id}\ntitle: ${id}\nperspective: P\ntint: warm\n---\n\n${body}\n` })
  const pair = { file: 'stories/scene.md', text: '---\nid: scene\nkind: pair\ntitle: Scene\nleft: spike\nright: other\nbeats:\n  - { id: the-end, label: The end }\n---\n' }
  const files = [story('spike', '<!-- beat: the-end -->\n\nIt ends.'), story('other', '<!-- beat: the-end -->\n\nIt ends too.'), story('spike-the-end', 'Alone.'), pair]
  expect(() => buildLibrary(files, { check: cardClash })).toThrow(
    'stories/spike.md:2: the preview card cards/read-spike-the-end.png of "spike" is also the card of "spike-the-end": rename one of them',
  )
})
