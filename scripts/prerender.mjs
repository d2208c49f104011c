// Writes dist/<address>.html for every address the site has (and dist/404.html), each
// with its content, its own head (title, description, canonical, preview tags) and a
// Content Security Policy that allows nothing from any other host.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderCards } from './cards.mjs'
import { makeOffline } from './offline.mjs'
import { DEFAULT_SITE_URL } from './site-url.mjs'

/** @param {string} s */
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The script that starts the app once the prerendered page is on screen: it adds the
 * entry module and the chunks this page's view needs (as modulepreloads, fetched in
 * parallel) only when the first contentful paint has been presented, so the text never
 * waits on a script's download, parse or hydration, not even on a fast network where the
 * scripts would otherwise arrive first. The web app manifest, only needed to install the
 * site, is linked then too, for the same reason. (Without paint timing, or in a hidden tab that
 * gets no frames, the timeout starts it all the same.)
 * @param {string} entry
 * @param {string[]} chunks
 * @param {string} manifest
 */
const boot = (entry, chunks, manifest) =>
  `(function(){var done=0;function go(){if(done)return;done=1;var h=document.head,m=document.createElement('link');m.rel='manifest';m.href=${JSON.stringify(manifest)};h.appendChild(m);${JSON.stringify(chunks)}.forEach(function(u){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=u;h.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry)};h.appendChild(s)}try{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)setTimeout(go,0)}).observe({type:'paint',buffered:true})}catch(e){}setTimeout(go,document.hidden?0:800)})()`

/**
 * Writes every page, the 404 page, sitemap.xml, robots.txt, the cards and the service worker into `outDir`.
 * @param {{ outDir?: string, ssrDir?: string }} [options]
 */
export async function prerender({ outDir = 'dist', ssrDir = 'dist-ssr' } = {}) {
  const started = Date.now()
  /** @type {typeof import('../src/entry-server.tsx')} */
  const server = await import(pathToFileURL(join(process.cwd(), ssrDir, 'entry-server.js')).href)
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/'
  const siteUrl = (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '')
  const template = readFileSync(join(outDir, 'index.html'), 'utf8')

  const inlineScripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  /** @param {string} text */
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  // @ts-expect-error -- each is the capture of a pattern that always captures its group
  const hashes = inlineScripts.map((s) => sha(s))
  /**
   * @param {string} scriptHash
   * @param {string} styleHash
   */
  const cspFor = (scriptHash, styleHash) => [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} ${scriptHash}`,
    `style-src 'self' ${styleHash}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  // Only its own styles are inline; every stylesheet link in the template goes.
  // @ts-expect-error -- the pattern always captures its group
  const entryCss = [...template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)].map((m) => m[1].slice(base.length))
  // The entry script and its preloads are not in the page either: boot() adds them.
  const entryJs = template.match(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/)?.[1]
  if (!entryJs) throw new Error('prerender: no entry script in index.html')
  const entryPreloads = [...template.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)].map((m) => m[1])
  const bare = template.replace(/\s*<link rel="(?:stylesheet|modulepreload)"[^>]*>|\s*<script type="module"[^>]*><\/script>/g, '')

  // The build manifest maps each view's source to its chunk and the chunks it imports.
  /** @type {import('vite').Manifest} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  /**
   * @param {string} src
   * @param {Set<string>} [seen]
   * @returns {import('vite').ManifestChunk[]}
   */
  const entriesOf = (src, seen = new Set()) => {
    const entry = manifest[src]
    if (!entry || seen.has(src)) return []
    seen.add(src)
    return [entry, ...(entry.imports ?? []).flatMap((i) => (manifest[i]?.isEntry ? [] : entriesOf(i, seen)))]
  }
  // A page's CSS (the entry's, then its view's) is inline: the text paints as soon as the
  // HTML arrives, with no request in the way and before (and without) any script. Each
  // inlined file also gets a disabled link, which the browser never fetches, so that
  // Vite's chunk loader sees it as present and doesn't fetch it again when the view loads.
  // Made once per view (430 pages share 5): the files are read and hashed once.
  /** @param {string} f */
  const readAsset = (f) => readFileSync(join(outDir, f), 'utf8')
  const views = new Map()
  // A page also preloads its story data (the library's index and each story it shows).
  /**
   * @param {string | undefined} src
   * @param {string[]} [data]
   */
  const viewTags = (src, data = []) => {
    const key = [src, ...data].join(' ')
    if (views.has(key)) return views.get(key)
    const entries = [...(src ? entriesOf(src) : []), ...data.flatMap((d) => entriesOf(d))]
    const files = [...new Set([...entryCss, ...entries.flatMap((e) => e.css ?? [])])]
    const css = files.map(readAsset).join('\n')
    const js = [...new Set([...entryPreloads, ...entries.map((e) => base + e.file)])]
    // @ts-expect-error -- entryPreloads are captures of a pattern that always captures its group
    const script = boot(entryJs, js, `${base}manifest.webmanifest`)
    const tags = {
      boot: script,
      csp: cspFor(sha(script), sha(css)),
      head: [`<style>${css}</style>`, ...files.map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}" disabled />`)].join('\n    '),
    }
    views.set(key, tags)
    return tags
  }
  /**
   * @param {string} path
   * @param {Awaited<ReturnType<typeof server.render>>} rendered
   */
  const page = (path, rendered) => {
    const { head } = rendered
    /**
     * @param {string} attr
     * @param {string} key
     * @param {string} value
     */
    const meta = (attr, key, value) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`
    const tags = [
      meta('name', 'description', head.description),
      `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
      `<link rel="apple-touch-icon" href="${base}icon-192.png" />`,
      meta('property', 'og:site_name', `${server.library.site.name} · ${server.library.site.tagline}`),
      meta('property', 'og:type', head.type),
      meta('property', 'og:title', head.title),
      meta('property', 'og:description', head.description),
      meta('property', 'og:url', head.canonical),
      meta('property', 'og:image', head.image),
      meta('property', 'og:image:width', '1200'),
      meta('property', 'og:image:height', '630'),
      meta('property', 'og:image:alt', head.imageAlt),
      meta('name', 'twitter:card', 'summary_large_image'),
      meta('name', 'twitter:title', head.title),
      meta('name', 'twitter:description', head.description),
      meta('name', 'twitter:image', head.image),
      meta('name', 'twitter:image:alt', head.imageAlt),
    ].join('\n    ')
    const view = viewTags(rendered.view, rendered.data)
    // Every insertion is a function replacement: a string replacement would read `$&`,
    // `$'`, `` $` `` and `$$` in a story's text or title as patterns and rewrite them.
    return bare
      .replace('<!--csp-->', () => `<meta http-equiv="Content-Security-Policy" content="${view.csp}" />`)
      .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
      .replace('<!--head-->', () => tags)
      .replace('<div id="root">', () => `<div id="root" data-href="${escapeHtml(path)}">`)
      .replace('<!--app-->', () => rendered.html)
      .replace('</head>', () => `  ${view.head}\n  </head>`)
      .replace('</body>', () => `  <script>${view.boot}</script>\n  </body>`)
  }

  // ONLY_PATHS (comma-separated) limits the pages, for the benchmark's very long stories.
  const only = process.env.ONLY_PATHS?.split(',').map((p) => base + p.replace(/^\//, ''))
  const paths = only ?? server.allPaths(server.library, base)
  // The live pages are pages too (a static host says there is no live show), but not in the sitemap.
  const unlisted = only ? [] : (server.unlistedPaths?.(server.library, base) ?? [])
  for (const path of [...paths, ...unlisted]) {
    const rendered = await server.render(path, siteUrl)
    if (rendered.status !== 200) throw new Error(`prerender: ${path} does not resolve (status ${rendered.status})`)
    const rel = path.slice(base.length) || 'index'
    const file = join(outDir, `${rel}.html`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, page(path, rendered))
  }
  const missing = `${base}this-address-does-not-exist`
  writeFileSync(join(outDir, '404.html'), page(missing, await server.render(missing, siteUrl)))
  writeFileSync(
    join(outDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
      .map((p) => `  <url><loc>${escapeHtml(siteUrl + p)}</loc></url>`)
      .join('\n')}\n</urlset>\n`,
  )
  // public/_headers names paths from the root: under a sub-path, they move under it.
  if (base !== '/' && existsSync(join(outDir, '_headers'))) {
    const headers = readFileSync(join(outDir, '_headers'), 'utf8')
    writeFileSync(join(outDir, '_headers'), headers.replace(/^\/(?=\S*$)/gm, () => base))
  }
  writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`)
  const cards = only ? { count: 0, ms: 0 } : await renderCards(server.allCards(server.library), outDir)
  const offline = only ? { count: 0, size: 0, gzip: 0 } : await makeOffline({ outDir, base, site: server.library.site })
  console.log(
    `prerendered ${paths.length} pages (+${unlisted.length} live pages, not in the sitemap) + 404.html in ${Date.now() - started} ms (${cards.count} cards in ${cards.ms} ms); ` +
      `service worker precaches ${offline.count} files, ${(offline.size / 1024).toFixed(0)} KB (${(offline.gzip / 1024).toFixed(0)} KB as a host sends it)`,
  )
}
