// The site's icons are drawn once, in public/favicon.svg, and rendered to PNG from it. Pages
// link a PNG favicon, not the SVG: Chromium draws an SVG icon (the tab's, and the manifest's
// "any" size) in a document of its own on the page's main thread, 12-20 ms each just after the
// first paint, where a PNG is decoded off it. `node scripts/icons.mjs` writes the favicon PNG
// (public/favicon-32.png, checked in so `npm run dev` has it too); the build writes the
// manifest's icons (scripts/offline.mjs). A test keeps the PNG the SVG's rendering.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

// From the file's own path (a string), not `new URL(…, import.meta.url)`: under Vitest's jsdom `URL` is jsdom's.
const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'public')
export const FAVICON_SVG = join(PUBLIC, 'favicon.svg')
export const FAVICON_PNG = join(PUBLIC, 'favicon-32.png')

/**
 * The icon drawn in `svg`, as a square PNG `size` pixels wide.
 * @param {string} svg
 * @param {number} size
 */
export const renderIcon = (svg, size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(FAVICON_PNG, renderIcon(readFileSync(FAVICON_SVG, 'utf8'), 32))
}
