import { describe, expect, it } from 'vitest'
import { ownerOf } from './chunk-report-plugin'

describe('ownerOf', () => {
  it('names the npm package, scoped or not', () => {
    expect(ownerOf('/w/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom')
    expect(ownerOf('/w/node_modules/.pnpm/x/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg')
  })
  it('names the folder under src, and the stories', () => {
    expect(ownerOf('/w/src/reader/reader-page.tsx')).toBe('src/reader')
    expect(ownerOf('\0virtual:library')).toBe('story data')
  })
})
