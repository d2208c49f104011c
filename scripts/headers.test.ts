import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

/** public/_headers as Netlify and Cloudflare Pages read it: path -> header lines. */
function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>()
  let path = ''
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    if (!/^\s/.test(line)) rules.set((path = line.trim()), [])
    else rules.get(path)?.push(line.trim())
  }
  return rules
}

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'))
const headerOf = (path: string, name: string) => rules.get(path)?.find((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`))

test('every response forbids framing, sniffing and leaking the full address', () => {
  expect(headerOf('/*', 'Content-Security-Policy')).toBe("Content-Security-Policy: frame-ancestors 'none'")
  expect(headerOf('/*', 'X-Content-Type-Options')).toBe('X-Content-Type-Options: nosniff')
  expect(headerOf('/*', 'Referrer-Policy')).toMatch(/strict-origin-when-cross-origin|no-referrer/)
})

test('pages, sw.js and the manifest are never kept stale; hashed assets are kept a year', () => {
  for (const path of ['/', '/404.html', '/read/*', '/side-by-side/*', '/present/*', '/scene/*', '/follow', '/remote', '/live', '/script/*', '/sw.js', '/manifest.webmanifest']) {
    expect(headerOf(path, 'Cache-Control'), path).toBe('Cache-Control: no-cache')
  }
  expect(headerOf('/assets/*', 'Cache-Control')).toBe('Cache-Control: public, max-age=31536000, immutable')
  // Hosts join a header that two rules set: no rule for pages may also match the assets.
  expect(headerOf('/*', 'Cache-Control')).toBeUndefined()
})
