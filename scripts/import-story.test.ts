import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { linesOf } from '../src/story/lookup.ts'
import { parseStory } from '../src/story/parse-story.ts'
import { loadLibrary } from './stories-plugin.ts'
import { importStory } from './import-story.mjs'

const root = join(import.meta.dirname, '..')
const seed = (name: string) => readFileSync(join(root, 'tests/fixtures/seeds', name), 'utf8')
const shipped = loadLibrary(root)
const run = (name: string, options: Parameters<typeof importStory>[1]) => importStory(seed(name), { file: name, ...options })
const textOf = (id: string) => linesOf(shipped.stories.find((s) => s.id === id)!).map((l) => l.text)

test.each([
  // Buffy's page states only an author's note; Spike's has a header block of its own.
  ['000_fa815808c0735282.txt', 'buffy', 'Buffy', 'warm', ['note']],
  ['002_5cad11de45ed7575.txt', 'spike', 'Spike', 'cool', ['pairing', 'rating', 'setting', 'summary', 'status', 'disclaimer', 'note']],
])('importing %s with its repairs accepted gives today’s %s, apart from beats and unstated metadata', (file, id, perspective, tint, stated) => {
  const imported = run(file, { id, perspective, tint, acceptRepairs: true })
  const story = parseStory(`stories/${id}.md`, imported.markdown)
  const today = shipped.stories.find((s) => s.id === id)!
  expect(linesOf(story).map((l) => l.text)).toEqual(textOf(id))
  expect(story.title).toBe(today.title)
  // Whatever the seed states is as today's; what it doesn't (the fandom, Buffy's setting) is left out.
  expect(Object.keys(story.meta)).toEqual(stated)
  for (const key of stated) expect(story.meta[key as keyof typeof story.meta], key).toBe(today.meta[key as keyof typeof today.meta])
})

test('possible damage is listed with its line and a suggested repair, and written only when accepted', () => {
  const listed = run('002_5cad11de45ed7575.txt', {})
  expect(listed.damage).toContainEqual({ line: 19, found: 'to say ?screw', suggested: "to say 'screw", what: "an opening quote (')" })
  // One finding for each `?` its author repaired by hand (the seven `repairs` of stories/spike.md).
  expect(listed.damage).toHaveLength(readFileSync(join(root, 'stories/spike.md'), 'utf8').match(/^ {2}- \{ source: /gm)?.length ?? 0)
  expect(listed.markdown).not.toContain('repairs:')
  expect(listed.markdown).toContain('this is it? he')
  expect(listed.debris.map((d) => d.text)).toEqual(['For Her', 'avatar credit: me!!'])
})

test('what the source does not say is a marked gap that fails the build until filled', () => {
  const imported = run('002_5cad11de45ed7575.txt', { acceptRepairs: true })
  expect(imported.gaps).toEqual(['perspective', 'tint'])
  expect(() => parseStory('stories/for-her.md', imported.markdown)).toThrow(/^stories\/for-her\.md:\d+: field "perspective" is a gap the import left: whose side is this\?/)
})
