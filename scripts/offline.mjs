// Makes the built site work offline and installable: icons rendered from the favicon, a
// web app manifest, and a Workbox service worker that precaches every page, script,
// style, font and card. It runs after prerendering, so each address caches its own HTML.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { generateSW } from 'workbox-build'

export async function makeOffline({ outDir, base, site = { name: 'Stories', tagline: 'Paired scenes', description: '' } }) {
  const svg = readFileSync(join(outDir, 'favicon.svg'), 'utf8')
  for (const size of [192, 512]) {
    writeFileSync(join(outDir, `icon-${size}.png`), new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng())
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
    icons: [
      { src: `${base}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  }
  writeFileSync(join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2))
  const { count, size } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,woff2,png,svg,webmanifest}'],
    globIgnores: ['sw.js', 'workbox-*.js', '.vite/**'],
    swDest: join(outDir, 'sw.js'),
    modifyURLPrefix: { '': base },
    // Workbox serves `/read/spike` from `read/spike.html` (its precache route tries `.html`);
    // the presenter's `?presenter` is the same page; anything unknown gets the 404 page.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^presenter$/],
    navigateFallback: `${base}404.html`,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // A new build takes over at once and its cache replaces the old one.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  })
  return { count, size }
}
