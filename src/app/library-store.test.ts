import { expect, test } from 'vitest'
import { libraryFor } from './library-store'

test('a page loads the text of the stories it shows and no more', async () => {
  const reading = await libraryFor({ view: 'read', id: 'spike' })
  const paragraphs = (id: string) => reading.stories.find((s) => s.id === id)?.beats.flatMap((b) => b.paragraphs).length ?? 0
  expect(paragraphs('spike')).toBeGreaterThan(0)
  expect(paragraphs('buffy')).toBe(0)
  // The other telling is still known by its beats, for "See this moment from …".
  expect(reading.stories.find((s) => s.id === 'buffy')?.beats.map((b) => b.id)).toContain('hands')
  // Loaded once, then at hand: the same library, at once, for the same place.
  expect(libraryFor({ view: 'read', id: 'spike' })).toBe(reading)
  const both = await libraryFor({ view: 'side-by-side', id: 'chosen' })
  expect(both.stories.every((s) => s.beats.some((b) => b.paragraphs.length > 0))).toBe(true)
})

test('home and a scene need only the index', async () => {
  // Once the index is in (any page loads it first), nothing more to wait for.
  await libraryFor({ view: 'home' })
  expect('then' in libraryFor({ view: 'home' })).toBe(false)
  expect('then' in libraryFor({ view: 'scene', id: 'chosen' })).toBe(false)
})
