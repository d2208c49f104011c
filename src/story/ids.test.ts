import { expect, test } from 'vitest'
import { claimId, slugify } from './ids.ts'

test('an id is made from the first words of the line', () => {
  expect(slugify('She couldn’t look away.')).toBe('she-couldnt-look-away')
  expect(slugify('“I love you” — There, she said them, finally the three little words')).toBe('i-love-you-there-she-said')
})

test('an id without words falls back to "line"', () => {
  expect(slugify('…')).toBe('line')
})

test('accents are folded to plain letters', () => {
  expect(slugify('Café déjà vu')).toBe('cafe-deja-vu')
})

test('a taken id gets the next free number', () => {
  const taken = new Set(['the-end', 'the-end-2'])
  expect(claimId('the-end', taken)).toBe('the-end-3')
  expect(claimId('fire', taken)).toBe('fire')
  expect(taken.has('the-end-3')).toBe(true)
})
