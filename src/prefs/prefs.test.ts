import { expect, test } from 'vitest'
import { DEFAULT_PREFS, parsePrefs } from './prefs.ts'

test('stored preferences are read back', () => {
  expect(parsePrefs('{"theme":"sepia","size":"xl","pace":"off","shortcuts":false}')).toEqual({ theme: 'sepia', size: 'xl', pace: 'off', shortcuts: false })
})

test('missing, unknown or corrupt values fall back to the defaults', () => {
  expect(parsePrefs(null)).toEqual(DEFAULT_PREFS)
  expect(parsePrefs('{"theme":"neon","size":3}')).toEqual(DEFAULT_PREFS)
  expect(parsePrefs('not json')).toEqual(DEFAULT_PREFS)
  expect(parsePrefs('[1,2]')).toEqual(DEFAULT_PREFS)
})
