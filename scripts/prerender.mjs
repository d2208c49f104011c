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
import { BOOT_SCRIPTS, LIBRARY_FILES } from './build-files.mjs'

/** @param {string} s */
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

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
  // The build's own records, not its HTML: the manifest (each module's file, imports and
  // styles), the story data's files (stories-plugin.ts) and the minified boot scripts
  // (boot-plugin.ts, from src/boot/).
  /** @param {string} file */
  const readJson = (file) => JSON.parse(readFileSync(join(outDir, file), 'utf8'))
  /** @type {import('vite').Manifest} */
  const manifest = readJson('.vite/manifest.json')
  /** @type {{ index: string, stories: Record<string, string> }} */
  const libraryFiles = readJson(LIBRARY_FILES)
  /** @type {{ theme: string, start: string }} */
  const bootScripts = readJson(BOOT_SCRIPTS)

  // The page shell is the source index.html, as Vite's dev server serves it, without its dev
  // entry: the entry, its styles and preloads come from the manifest; start-app adds them.
  const DEV_ENTRY = '<script type="module" src="/src/main.tsx"></script>'
  const source = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
  if (!source.includes(DEV_ENTRY) || !source.includes('<!--theme-->')) throw new Error(`prerender: index.html no longer has ${DEV_ENTRY} and <!--theme-->`)
  const bare = source
    .replace(DEV_ENTRY, '')
    .replaceAll('%BASE_URL%', () => base)
    .replace('<!--theme-->', () => `<script>${bootScripts.theme}</script>`)
  const app = manifest['index.html']
  if (!app?.isEntry) throw new Error('prerender: the build manifest has no entry for index.html')
  const entryJs = base + app.file
  const entryCss = app.css ?? []

  /** @param {string} text */
  const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
  // The two boot scripts are the same on every page: one hash each.
  const scriptHashes = [sha(bootScripts.theme), sha(bootScripts.start)].join(' ')
  /** @param {string} styleHash */
  const cspFor = (styleHash) =>
    [
      "default-src 'self'",
      `script-src 'self' ${scriptHashes}`,
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

  /**
   * @param {string} src
   * @param {Set<string>} [seen]
   * @returns {import('vite').ManifestChunk[]}
   */
  const entriesOf = (src, seen = new Set()) => {
    const entry = manifest[src]
    if (!entry || seen.has(src)) return []
    seen.add(src)
    return [entry, ...(entry.imports ?? []).flatMap((i) => entriesOf(i, seen))]
  }
  // The entry's static imports are preloaded with it, on every page, and so is the chunk it
  // imports at once to put the app on the page (ReactDOM and the app: src/app/mount.tsx).
  const mountSource = 'src/app/mount.tsx'
  if (!manifest[mountSource]) throw new Error(`prerender: the build manifest has no chunk for ${mountSource}`)
  const entryPreloads = [...new Set([...entriesOf('index.html').slice(1), ...entriesOf(mountSource).filter((e) => !e.isEntry)].map((e) => base + e.file))]
  // A page's CSS (the entry's, then its view's) is inline: the text paints as soon as the
  // HTML arrives, with no request in the way and before (and without) any script. Each
  // inlined file also gets a disabled link, which the browser never fetches, so that
  // Vite's chunk loader sees it as present and doesn't fetch it again when the view loads.
  // Made once per view (430 pages share 5): the files are read and hashed once.
  /** @param {string} f */
  const readAsset = (f) => readFileSync(join(outDir, f), 'utf8')
  const views = new Map()
  // A page also preloads its story data: the library's index and each story it shows.
  /**
   * @param {string | undefined} src
   * @param {string[]} [stories]
   * @returns {{ boot: string, csp: string, head: string }}
   */
  const viewTags = (src, stories = []) => {
    const key = [src, ...stories].join(' ')
    if (views.has(key)) return views.get(key)
    const entries = src ? entriesOf(src).filter((e) => !e.isEntry) : []
    const files = [...new Set([...entryCss, ...entries.flatMap((e) => e.css ?? [])])]
    const css = files.map(readAsset).join('\n')
    const plan = {
      entry: entryJs,
      modules: [...new Set([...entryPreloads, ...entries.map((e) => base + e.file)])],
      data: [libraryFiles.index, ...stories.map((id) => libraryFiles.stories[id]).filter(Boolean)].map((f) => base + f),
      manifest: `${base}manifest.webmanifest`,
    }
    const tags = {
      boot: `<script data-boot="${escapeHtml(JSON.stringify(plan))}">${bootScripts.start}</script>`,
      csp: cspFor(sha(css)),
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
    const view = viewTags(rendered.view, rendered.stories)
    // A page with a first screen laid out as one block paints it whole (see src/ui/first-screen.tsx).
    const firstScreen = rendered.html.includes(`id="${server.FIRST_SCREEN_END}"`) ? `\n    <link rel="expect" href="#${server.FIRST_SCREEN_END}" blocking="render" />` : ''
    // Every insertion is a function replacement: a string replacement would read `$&`,
    // `$'`, `` $` `` and `$$` in a story's text or title as patterns and rewrite them.
    return bare
      .replace('<!--csp-->', () => `<meta http-equiv="Content-Security-Policy" content="${view.csp}" />`)
      .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
      .replace('<!--head-->', () => tags + firstScreen)
      .replace('<div id="root">', () => `<div id="root" data-href="${escapeHtml(path)}" data-library="${escapeHtml(base + libraryFiles.index)}">`)
      .replace('<!--app-->', () => rendered.html)
      .replace('</head>', () => `  ${view.head}\n  </head>`)
      .replace('</body>', () => `  ${view.boot}\n  </body>`)
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
    writeFileSync(
      join(outDir, '_headers'),
      headers.replace(/^\/(?=\S*$)/gm, () => base),
    )
  }
  writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`)
  const cards = only ? { count: 0, ms: 0 } : await renderCards(server.allCards(server.library), outDir)
  const offline = only ? { count: 0, size: 0, gzip: 0 } : await makeOffline({ outDir, base, site: server.library.site })
  console.log(
    `prerendered ${paths.length} pages (+${unlisted.length} live pages, not in the sitemap) + 404.html in ${Date.now() - started} ms (${cards.count} cards in ${cards.ms} ms); ` +
      `service worker precaches ${offline.count} files, ${(offline.size / 1024).toFixed(0)} KB (${(offline.gzip / 1024).toFixed(0)} KB as a host sends it)`,
  )
}
