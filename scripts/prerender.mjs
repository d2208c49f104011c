// Writes dist/<address>.html for every address the site has (and dist/404.html), each
// with its content, its own head (title, description, canonical, preview tags) and a
// Content Security Policy that allows nothing from any other host.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderCards } from './cards.mjs'
import { makeOffline } from './offline.mjs'

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export async function prerender({ outDir = 'dist', ssrDir = 'dist-ssr' } = {}) {
  const started = Date.now()
  const server = await import(pathToFileURL(join(process.cwd(), ssrDir, 'entry-server.js')).href)
  const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : '/'
  const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '')
  const template = readFileSync(join(outDir, 'index.html'), 'utf8')

  const inlineScripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
  const hashes = inlineScripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`)
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

  const fonts = readdirSync(join(outDir, 'assets')).filter((f) => /literata-latin-wght-normal.*\.woff2$/.test(f))
  const preload = fonts.map((f) => `<link rel="preload" href="${base}assets/${f}" as="font" type="font/woff2" crossorigin />`).join('\n    ')

  // The build manifest maps each view's source to its chunk and the chunks it imports.
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  const entriesOf = (src, seen = new Set()) => {
    const entry = manifest[src]
    if (!entry || seen.has(src)) return []
    seen.add(src)
    return [entry, ...(entry.imports ?? []).flatMap((i) => (manifest[i]?.isEntry ? [] : entriesOf(i, seen)))]
  }
  // A view's CSS is linked in the page itself: it must style the page before (and
  // without) any script, or the page would shift when the view's chunk arrives.
  const viewTags = (src) => {
    const entries = entriesOf(src)
    const css = [...new Set(entries.flatMap((e) => e.css ?? []))].map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}" />`)
    const js = [...new Set(entries.map((e) => e.file))].map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}" />`)
    return [...css, ...js]
  }
  const page = (path, rendered) => {
    const { head } = rendered
    const meta = (attr, key, value) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`
    const tags = [
      meta('name', 'description', head.description),
      `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
      `<link rel="manifest" href="${base}manifest.webmanifest" />`,
      `<link rel="apple-touch-icon" href="${base}icon-192.png" />`,
      meta('property', 'og:site_name', 'Chosen · One scene, two hearts'),
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
      preload,
    ].join('\n    ')
    // After the entry's own stylesheet, so that the view's rules come later in the cascade.
    const view = rendered.view ? viewTags(rendered.view).join('\n    ') : ''
    return template
      .replace('<!--csp-->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
      .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
      .replace('<!--head-->', tags)
      .replace('<!--app-->', rendered.html)
      .replace('</head>', `  ${view}\n  </head>`)
  }

  // ONLY_PATHS (comma-separated) limits the pages, for the benchmark's very long stories.
  const only = process.env.ONLY_PATHS?.split(',').map((p) => base + p.replace(/^\//, ''))
  const paths = only ?? server.allPaths(server.library, base)
  for (const path of paths) {
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
  writeFileSync(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}sitemap.xml\n`)
  const cards = only ? { count: 0, ms: 0 } : await renderCards(server.allCards(server.library), outDir)
  const offline = only ? { count: 0, size: 0 } : await makeOffline({ outDir, base })
  console.log(
    `prerendered ${paths.length} pages + 404.html in ${Date.now() - started} ms (${cards.count} cards in ${cards.ms} ms); ` +
      `service worker precaches ${offline.count} files, ${(offline.size / 1048576).toFixed(1)} MB`,
  )
}
