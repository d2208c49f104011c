import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadLibrary } from '../../scripts/stories-plugin.ts'
import { parseFrontMatter } from './front-matter.ts'
import { linesOf } from './lookup.ts'
import { readRepairs } from './parse-story.ts'
import { wordsOf } from './words.ts'

// The seeds are the raw sources as they were found (tests/fixtures/seeds). What the site
// shows must be exactly their words: only the listed repairs, the metadata header, the
// author's note and the page debris may differ.
const root = join(__dirname, '..', '..')
const library = loadLibrary(root)
const seed = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'seeds', name), 'utf8')
const storyText = (id: string) =>
  linesOf(library.stories.find((s) => s.id === id)!)
    .map((l) => l.text)
    .join(' ')

test('Buffy’s piece is the source word for word, without the debris and the author’s note', () => {
  const raw = seed('000_fa815808c0735282.txt')
  const story = library.stories.find((s) => s.id === 'buffy')!
  const note = story.meta.note ?? ''
  const [, afterNote] = raw.split('Thankyou!')
  expect(wordsOf(storyText('buffy'))).toEqual(wordsOf(afterNote ?? ''))
  expect(wordsOf(note)).toEqual(wordsOf(raw.slice(raw.indexOf('I really'), raw.indexOf('Thankyou!') + 'Thankyou!'.length)))
  expect(storyText('buffy')).not.toContain('Chapter 1')
})

test('Spike’s piece is the source word for word once its damage is repaired', () => {
  let raw = seed('002_5cad11de45ed7575.txt')
  const fm = parseFrontMatter('stories/spike.md', readFileSync(join(root, 'stories', 'spike.md'), 'utf8'))
  const repairs = readRepairs('stories/spike.md', fm.data.repairs, fm.itemLines.get('repairs') ?? [], fm.body)
  expect(repairs.length).toBeGreaterThan(0)
  for (const r of repairs) {
    expect(raw, r.source).toContain(r.source)
    raw = raw.replace(r.source, r.text)
  }
  const start = raw.indexOf('The day of the confrontation')
  const end = raw.indexOf('avatar credit')
  expect(storyText('spike')).toBe(
    raw
      .slice(start, end)
      .split(/\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ')
      // `*...*` in the source marks Spike's inner thought: it is shown as italics.
      .replace(/\*/g, ''),
  )
  expect(storyText('spike')).not.toMatch(/\?\s|\?[a-z']|avatar credit/)
})

test('the texts keep the authors’ typos', () => {
  expect(storyText('spike')).toContain('wearign activates')
  expect(storyText('spike')).toContain('bind her to a death man')
  expect(storyText('buffy')).toContain('Spikes eyes')
  expect(library.stories.find((s) => s.id === 'buffy')?.meta.note).toContain('one short or a if there')
})

test('the header of “For Her” is metadata, not story', () => {
  const spike = library.stories.find((s) => s.id === 'spike')!
  expect(spike.meta).toMatchObject({ pairing: 'Spuffy', rating: 'PG', status: 'Complete', summary: 'The next day after my fic Miracles' })
  expect(storyText('spike')).not.toMatch(/Pairing:|Disclaimer:|Title:/)
  expect(linesOf(spike).at(-1)).toMatchObject({ text: 'The End', kind: 'heading' })
})

test('Spike’s inner thought is in italics', () => {
  const spike = library.stories.find((s) => s.id === 'spike')!
  const em = linesOf(spike).flatMap((l) => l.spans.filter((s) => s.em).map((s) => s.text))
  expect(em).toEqual(["So that's what she wanted to talk about last night… and I didn't let her"])
})
