import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { FAVICON_PNG, FAVICON_SVG, renderIcon } from './icons.mjs'

test('the PNG favicon pages link is the SVG drawn at 32 px (after editing favicon.svg: node scripts/icons.mjs)', () => {
  const png = readFileSync(FAVICON_PNG)
  // A PNG, 32 x 32 (the IHDR chunk's width and height, big-endian, at bytes 16 and 20).
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32])
  expect(Buffer.from(renderIcon(readFileSync(FAVICON_SVG, 'utf8'), 32)).equals(png)).toBe(true)
})
