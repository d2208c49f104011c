import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { expect, test } from 'vitest'
import { viewPageOf, withinBudget } from './offline.mjs'

const page = (href: string, scope = 'https://x.org/') => viewPageOf(new URL(href, scope), scope)

test('every address is served offline by its view’s page, whatever its moment, query or trailing slash', () => {
  expect(page('/read/spike')).toBe('read/spike.html')
  expect(page('/read/spike/')).toBe('read/spike.html')
  expect(page('/read/spike?ref=x&gclid=1')).toBe('read/spike.html')
  expect(page('/read/spike/i-love-you?fbclid=abc')).toBe('read/spike.html')
  expect(page('/side-by-side/chosen/the-end')).toBe('side-by-side/chosen.html')
  expect(page('/present/buffy/fire?presenter')).toBe('present/buffy.html')
  expect(page('/')).toBe('index.html')
  expect(page('/?utm_source=qr')).toBe('index.html')
  expect([page('/read'), page('/nowhere'), page('/cards/x.png')]).toEqual(['404.html', '404.html', '404.html'])
  expect(page('https://x.org/chosen/read/spike/', 'https://x.org/chosen/')).toBe('read/spike.html')
})

test('the precache keeps what every view needs within the budget; story data over it is left to runtime caching', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precache-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<p>home</p>')
  writeFileSync(join(dir, 'assets/app.js'), 'console.log(1)')
  // Incompressible story data, larger than the budget left.
  writeFileSync(join(dir, 'assets/story-long.json'), randomBytes(4000))
  const entries = ['/assets/story-long.json', '/index.html', '/assets/app.js'].map((url) => ({ url, revision: null, size: 0 }))
  const { manifest, warnings } = await withinBudget(dir, '/', 2000)(entries)
  expect(manifest.map((e) => e.url)).toEqual(['/index.html?view', '/assets/app.js'])
  expect(warnings[0]).toMatch(/cached as they are read: \/assets\/story-long\.json/)
})
