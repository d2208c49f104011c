import { describe, expect, test } from 'vitest'
import { formatLink, isLivePlace, normalizeBase, parseLink, type Place } from './links.ts'

const places: Place[] = [
  { view: 'home' },
  { view: 'scene', id: 'chosen' },
  { view: 'read', id: 'spike' },
  { view: 'read', id: 'spike', anchor: 'i-love-you' },
  { view: 'side-by-side', id: 'chosen', anchor: 'the-end' },
  { view: 'present', id: 'buffy', anchor: 'fire' },
  { view: 'follow' },
  { view: 'remote' },
  { view: 'live' },
  { view: 'script', pair: 'chosen', story: 'spike' },
]

describe('addresses round-trip', () => {
  test.each(['/', '/chosen/'])('under base %s', (base) => {
    for (const place of places) {
      const anchored = (from: 'path' | 'hash') => ('anchor' in place && place.anchor ? { ...place, from } : place)
      expect(parseLink(formatLink(place, base), base)).toEqual(anchored('path'))
      expect(parseLink(formatLink(place, base, { hash: true }), base)).toEqual(anchored('hash'))
    }
  })
})

test('formats the addresses of PRODUCT.md exactly', () => {
  expect(places.map((p) => formatLink(p))).toMatchInlineSnapshot(`
    [
      "/",
      "/scene/chosen",
      "/read/spike",
      "/read/spike/i-love-you",
      "/side-by-side/chosen/the-end",
      "/present/buffy/fire",
      "/follow",
      "/remote",
      "/live",
      "/script/chosen/spike",
    ]
  `)
  expect(formatLink({ view: 'read', id: 'spike', anchor: 'i-love-you' }, '/chosen', { hash: true })).toBe('/chosen/read/spike#i-love-you')
})

test('accepts a trailing slash, a query, .html and a full URL', () => {
  expect(parseLink('/read/spike/')).toEqual({ view: 'read', id: 'spike' })
  expect(parseLink('/read/spike?utm=x')).toEqual({ view: 'read', id: 'spike' })
  expect(parseLink('/read/spike.html')).toEqual({ view: 'read', id: 'spike' })
  expect(parseLink('https://example.org/chosen/read/buffy#fire', '/chosen/')).toEqual({ view: 'read', id: 'buffy', anchor: 'fire', from: 'hash' })
})

test('a #anchor wins over the anchor in the path', () => {
  expect(parseLink('/read/spike/fire#hands')).toEqual({ view: 'read', id: 'spike', anchor: 'hands', from: 'hash' })
  expect(parseLink('/read/spike/fire')).toEqual({ view: 'read', id: 'spike', anchor: 'fire', from: 'path' })
})

test('malformed addresses are null', () => {
  for (const bad of ['/reed/spike', '/read', '/read/Spike', '/read/spike/a/b', '/read/<script>', '/read/%E0%A4%A', '/other/read/spike', '/scene', '/scene/chosen/the-end']) {
    expect(parseLink(bad), bad).toBeNull()
  }
  expect(parseLink('/read/spike', '/chosen/')).toBeNull()
})

test('a hostile #anchor is dropped, not carried along', () => {
  expect(parseLink('/read/spike#<img src=x onerror=alert(1)>')).toEqual({ view: 'read', id: 'spike' })
})

test('base paths are normalised', () => {
  expect(['', '/', 'chosen', '/chosen', 'chosen/', '//chosen//'].map(normalizeBase)).toEqual(['/', '/', '/chosen/', '/chosen/', '/chosen/', '/chosen/'])
})

test('the live pages take no anchor; a script names its pair and its story', () => {
  expect(parseLink('/follow#key=abc')).toEqual({ view: 'follow' })
  expect(parseLink('/live.html')).toEqual({ view: 'live' })
  expect(parseLink('/chosen/script/chosen/buffy', '/chosen/')).toEqual({ view: 'script', pair: 'chosen', story: 'buffy' })
  for (const bad of ['/follow/spike', '/remote/x/y', '/script/chosen', '/script/chosen/buffy/extra', '/script/Chosen/buffy', '/script/chosen/%2e%2e']) {
    expect(parseLink(bad), bad).toBeNull()
  }
  expect(isLivePlace({ view: 'follow' })).toBe(true)
  expect(isLivePlace({ view: 'script', pair: 'chosen', story: 'buffy' })).toBe(true)
  expect(isLivePlace({ view: 'present', id: 'chosen' })).toBe(false)
})
