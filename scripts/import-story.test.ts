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
  ['000_fa815808c0735282.txt', 'buffy', 'Buffy', 'warm'],
  ['002_5cad11de45ed7575.txt', 'spike', 'Spike', 'cool'],
])('importing %s with its repairs accepted gives today’s %s, apart from beats and unstated metadata', (file, id, perspective, tint) => {
  const imported = run(file, { id, perspective, tint, acceptRepairs: true })
  const story = parseStory(`stories/${id}.md`, imported.markdown)
  const today = shipped.stories.find((s) => s.id === id)!
  expect(linesOf(story).map((l) => l.text)).toEqual(textOf(id))
  expect(story.title).toBe(today.title)
  // Whatever the seed states is as today's; what it doesn't (fandom, setting of Buffy's) is left out.
  for (const [key, value] of Object.entries(story.meta)) expect(today.meta[key as keyof typeof today.meta], key).toBe(value)
})

test('possible damage is listed with its line and a suggested repair, and written only when accepted', () => {
  const listed = run('002_5cad11de45ed7575.txt', {})
  expect(listed.damage).toContainEqual({ line: 19, found: 'to say ?screw', suggested: "to say 'screw", what: "an opening quote (')" })
  expect(listed.damage).toHaveLength(7)
  expect(listed.markdown).not.toContain('repairs:')
  expect(listed.markdown).toContain('this is it? he')
  expect(listed.debris.map((d) => d.text)).toEqual(['For Her', 'avatar credit: me!!'])
})

test('what the source does not say is a marked gap that fails the build until filled', () => {
  const imported = run('002_5cad11de45ed7575.txt', { acceptRepairs: true })
  expect(imported.gaps).toEqual(['perspective', 'tint'])
  expect(() => parseStory('stories/for-her.md', imported.markdown)).toThrow(/^stories\/for-her\.md:\d+: field "perspective" is a gap the import left: whose side is this\?/)
})
