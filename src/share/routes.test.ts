import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadLibrary } from '../../scripts/stories-plugin.ts'
import { allPaths } from './routes'

const root = join(import.meta.dirname, '../..')
// Every address the site had before it became a library (429 of them): people have shared them.
const shared = readFileSync(join(import.meta.dirname, 'all-paths.snapshot.txt'), 'utf8')
  .trim()
  .split('\n')

test('every address that was ever published is still an address, byte for byte', () => {
  const paths = new Set(allPaths(loadLibrary(root), '/'))
  expect(shared.filter((p) => !paths.has(p))).toEqual([])
})

test('under a sub-path every published address keeps its shape', () => {
  const paths = new Set(allPaths(loadLibrary(root), '/chosen/'))
  expect(shared.filter((p) => !paths.has('/chosen' + p.replace(/^\/$/, '/')) && !paths.has(`/chosen${p}`))).toEqual([])
})

test('no address is listed twice', () => {
  const paths = allPaths(loadLibrary(root), '/')
  expect(paths.length).toBe(new Set(paths).size)
})

test('a library lists each scene’s title card, without moments, and every piece and pair', () => {
  const paths = allPaths(loadLibrary(root, 'tests/fixtures/library'), '/')
  expect(paths.filter((p) => p.startsWith('/scene/'))).toEqual(['/scene/chosen', '/scene/crossing', '/scene/lighthouse'])
  for (const p of ['/read/letter', '/present/letter', '/side-by-side/crossing/storm', '/present/lighthouse/lamp', '/read/keeper/the-wick-guttered-twice'])
    expect(paths).toContain(p)
})
