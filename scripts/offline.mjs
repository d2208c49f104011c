// Makes the built site work offline and installable: icons rendered from the favicon, a
// web app manifest, and a Workbox service worker. It runs after prerendering.
//
// What is precached is only what reading needs: the app's scripts and styles, one page per
// view (`read/<story>.html`, `side-by-side/<pair>.html`, `present/<id>.html`, home, 404),
// the fonts and the icons, within a budget of 1.5 MB gzip. Every moment address is served
// offline from its view's page (the moment is in the address: the app lands on it). Pages
// are asked of the network first, so a returning visitor reads the newest text; the cache
// answers when the network fails or is too slow. Cards and anything over the budget (a
// large library's story data) are cached as they are fetched, not up front.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { generateSW } from 'workbox-build'
import { renderIcon } from './icons.mjs'

/**
 * Pages are precached as `read/spike.html?view`: an address never matches that by itself
 * (Workbox would answer `/read/spike` from `read/spike.html`, cache first, and `?ref=x` not
 * at all), so every navigation goes through one route, network first, whatever its query
 * string or trailing slash.
 */
const PAGE_SUFFIX = '?view'

/** The precache budget: what a first visit downloads for offline use, gzip as a static host sends it. */
export const PRECACHE_BUDGET = 1.5 * 1024 * 1024

/** What is precached, relative to the build folder. One level only under each view: no moment pages. */
export const PRECACHE_GLOBS = [
  'index.html',
  '404.html',
  '{scene,read,side-by-side,present}/*.html',
  'assets/**/*.{js,css,woff2,json}',
  'favicon-32.png',
  'icon-*.png',
  'manifest.webmanifest',
]

/** @typedef {import('workbox-build').ManifestTransformResult} ManifestTransformResult */

/** Bytes a static host sends for a file: gzip for text, as is for fonts and images (already compressed). */
/**
 * @param {string} file
 * @param {Uint8Array} body
 */
export function sentBytes(file, body) {
  return /\.(woff2?|png|jpe?g|webp|avif)$/.test(file) ? body.length : gzipSync(body).length
}

/** Precache order: what every view needs first; story data (JSON) last, so it is what the budget leaves out. */
/** @param {string} url */
const rank = (url) => (/\.html$|\.webmanifest$|\.svg$|\.png$/.test(url) ? 0 : /\.css$/.test(url) ? 1 : /\.woff2$/.test(url) ? 2 : /\.js$/.test(url) ? 3 : 4)

/**
 * A Workbox manifest transform: keeps entries, most needed first, while their gzip total
 * fits the budget; the rest is cached at runtime as it is read.
 * @param {string} outDir
 * @param {string} base
 * @param {number} [budget]
 * @returns {(entries: ManifestTransformResult['manifest']) => Promise<ManifestTransformResult & { warnings: string[] }>}
 */
export function withinBudget(outDir, base, budget = PRECACHE_BUDGET) {
  return async (entries) => {
    let total = 0
    const kept = []
    const left = []
    const sorted = [...entries].sort((a, b) => rank(a.url) - rank(b.url))
    for (const entry of sorted) {
      const rel = entry.url.slice(base.length)
      const size = sentBytes(rel, readFileSync(join(outDir, rel)))
      if (total + size <= budget) {
        total += size
        kept.push(/\.html$/.test(entry.url) ? { ...entry, url: entry.url + PAGE_SUFFIX } : entry)
      } else left.push(entry.url)
    }
    return { manifest: kept, warnings: left.length ? [`${left.length} files over the precache budget are cached as they are read: ${left.slice(0, 5).join(', ')}`] : [] }
  }
}

// The two functions below are copied into sw.js as source text (Workbox writes a plugin's
// functions on one line, hence the semicolons, which Prettier is told to keep): they may use
// only their arguments and the worker's globals.

/** The view page that serves a navigation: `/read/spike/i-love-you?ref=x` -> `read/spike.html` (relative to `scope`). */
/**
 * @param {URL} url
 * @param {string} scope
 */
// prettier-ignore
export function viewPageOf(url, scope) {
  const rel = decodeURIComponent(url.pathname.slice(new URL(scope).pathname.length)).replace(/\/+$/, '').replace(/\.html$/, '');
  const [view, id] = rel.split('/');
  if (!view || view === 'index') return 'index.html';
  return ['scene', 'read', 'side-by-side', 'present'].includes(view) && id ? `${view}/${id}.html` : '404.html';
}

/**
 * When the network fails (or is too slow) for a page: its view's precached page, else the
 * 404 page with status 404. Precache keys carry Workbox's revision in their query, hence
 * `ignoreSearch`.
 * @param {{ request: Request }} arg
 */
// prettier-ignore
async function offlinePage({ request }) {
  /* @ts-expect-error -- this runs in the service worker, where `self` is the ServiceWorkerGlobalScope, not a Window */
  const scope = self.registration.scope;
  const page = viewPageOf(new URL(request.url), scope);
  const found = page === '404.html' ? undefined : await caches.match(scope + page, { ignoreSearch: true });
  if (found) return found;
  const missing = await caches.match(scope + '404.html', { ignoreSearch: true });
  return missing ? new Response(missing.body, { status: 404, headers: missing.headers }) : Response.error();
}

/**
 * Writes the icons, the web app manifest and the service worker (sw.js) into `outDir`; returns the precache's size.
 * @param {{ outDir: string, base: string, site?: { name: string, tagline: string, description: string } }} options
 */
export async function makeOffline({ outDir, base, site = { name: 'Stories', tagline: 'Paired scenes', description: '' } }) {
  const svg = readFileSync(join(outDir, 'favicon.svg'), 'utf8')
  for (const size of [192, 512]) {
    writeFileSync(join(outDir, `icon-${size}.png`), renderIcon(svg, size))
  }
  const manifest = {
    // The site's own name and tagline (stories/site.md).
    name: `${site.name} · ${site.tagline}`,
    short_name: site.name,
    description: site.description,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#0f0c0b',
    theme_color: '#0f0c0b',
    // PNG only: Chromium renders an SVG icon on the page's main thread (scripts/icons.mjs).
    icons: [
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
  writeFileSync(join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2))
  // Written into the worker as source text, with the view-page function it calls.
  /** @type {any} a function made from source text: Workbox calls it as offlinePage */
  const handlerDidError = new Function('arg', `const viewPageOf = ${viewPageOf}; return (${offlinePage})(arg);`)
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: ['sw.js', 'workbox-*.js', '.vite/**'],
    swDest: join(outDir, 'sw.js'),
    modifyURLPrefix: { '': base },
    manifestTransforms: [withinBudget(outDir, base)],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        // Pages are never stored as they come (an old page would ask for chunks a newer
        // precache no longer holds): offline, the precached view page answers.
        handler: 'NetworkFirst',
        options: { cacheName: 'pages', networkTimeoutSeconds: 4, plugins: [{ cacheWillUpdate: async () => null, handlerDidError }] },
      },
      {
        // Hashed files never change: a chunk or story data left out of the precache, or of a newer build, is kept once read.
        urlPattern: ({ url }) => url.pathname.includes('/assets/'),
        handler: 'CacheFirst',
        options: { cacheName: 'assets', expiration: { maxEntries: 80 } },
      },
      {
        urlPattern: ({ url }) => url.pathname.includes('/cards/'),
        handler: 'CacheFirst',
        options: { cacheName: 'cards', expiration: { maxEntries: 12 } },
      },
    ],
    // A new build takes over at once; Workbox fetches only the entries whose revision changed.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  })
  for (const w of warnings) console.warn(`offline: ${w}`)
  return { count, size, gzip: precacheGzip(outDir) }
}

/** The precache of a built site, read back from its sw.js: each file and what a host sends for it. */
/** @param {string} outDir */
export function precacheOf(outDir) {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
  const urls = [...precacheRevisions(outDir).keys()].map((url) => url.replace(PAGE_SUFFIX, ''))
  const base = (sw.match(/\{url:"(\/[^"]*?)404\.html/) ?? [])[1] ?? '/'
  return [...new Set(urls)].map((url) => {
    const body = readFileSync(join(outDir, url.slice(base.length)))
    return { url, bytes: body.length, sent: sentBytes(url, body) }
  })
}

/**
 * The precache entries of a built site's sw.js, as Workbox wrote them: each URL (pages with
 * their `?view` suffix) and its revision (null, for a hashed name, reads as '').
 * @param {string} outDir
 * @returns {Map<string, string>}
 */
export function precacheRevisions(outDir) {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
  return new Map([...sw.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)].map((m) => [m[1] ?? '', m[2] ?? '']))
}

/** @param {string} outDir */
const precacheGzip = (outDir) => precacheOf(outDir).reduce((n, f) => n + f.sent, 0)
