import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadLibrary } from '../../scripts/stories-plugin.ts'
import { parseLink } from '../links/links'
import { resolvePlace } from '../links/resolve'
import type { Library } from '../story/story-types'
import { headFor } from './head'

const root = join(import.meta.dirname, '../..')
const shipped = loadLibrary(root)
const library = loadLibrary(root, 'tests/fixtures/library')
const head = (href: string, lib: Library = library) => headFor(resolvePlace(parseLink(href), lib, href), lib, '/', 'https://example.org')

test('the shipped pages keep their titles, descriptions and cards', () => {
  expect(head('/', shipped)).toMatchObject({ title: 'Chosen · One scene, two hearts', image: 'https://example.org/cards/chosen.png', type: 'website' })
  expect(head('/read/spike/i-love-you', shipped)).toEqual({
    title: '“I love you” · For Her · Spike’s side of “Chosen”',
    description: '“I love you" — There, she said them, finally the three little words he desired so much to hear.”',
    canonical: 'https://example.org/read/spike/i-love-you',
    image: 'https://example.org/cards/read-spike-i-love-you.png',
    imageAlt: '“I love you”, from Spike’s side',
    type: 'article',
  })
  expect(head('/present/chosen/the-end', shipped).title).toBe('The end · Present · Chosen, side by side')
  expect(head('/side-by-side/chosen#nowhere', shipped).canonical).toBe('https://example.org/side-by-side/chosen')
})

test('a story in exactly one pair is titled with the pair; in none or several, with its perspective alone', () => {
  expect(head('/read/sailor').title).toBe('The Crossing Light · Tomas’s side of “The Lighthouse”')
  expect(head('/read/keeper').title).toBe('The Tower · Mara’s side')
  expect(head('/read/letter').title).toBe('A Letter Never Sent · Ada’s side')
  expect(head('/present/keeper/lamp').title).toBe('The lamp · Present · The Tower · Mara’s side')
})

test('the home page of a library and a scene page speak for the library and the scene', () => {
  expect(head('/')).toMatchObject({
    title: 'Two Tellings · Every moment, from both sides',
    description: 'A test library of paired scenes.',
    image: 'https://example.org/cards/library.png',
  })
  expect(head('/scene/lighthouse')).toMatchObject({ title: 'The Lighthouse · Two Tellings · Every moment, from both sides', image: 'https://example.org/cards/lighthouse.png' })
  expect(head('/read/nobody')).toMatchObject({ title: 'Not found · Two Tellings · Every moment, from both sides', canonical: 'https://example.org/' })
})

test('a moment of a pair quotes its line, or says where the tellings part', () => {
  expect(head('/side-by-side/lighthouse/then-far-off-a-point-of').description).toBe('“Then, far off, a point of light.”')
  expect(head('/side-by-side/lighthouse/shore').description).toMatch(/^In Mara's telling the boat comes in whole/)
})
