import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Makes `vite preview` serve the prerendered site as a static host would: every address
 * without a trailing slash (`/read/spike/i-love-you` -> `read/spike/i-love-you.html`),
 * and `404.html` with status 404 for anything that is not a page or a file.
 */
export function previewPlugin(): Plugin {
  return {
    name: 'chosen:preview',
    configurePreviewServer(server) {
      const outDir = join(server.config.root, server.config.build.outDir)
      const base = server.config.base
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x')
        if (!url.pathname.startsWith(base) && url.pathname + '/' !== base) return next()
        const rel = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/+$/, '')
        if (rel.includes('..')) return next()
        const file = join(outDir, rel)
        if (rel && existsSync(file) && statSync(file).isFile()) return next()
        const page = rel ? `${file}.html` : join(outDir, 'index.html')
        if (existsSync(page)) {
          req.url = base + (rel ? `${rel}.html` : 'index.html') + url.search
          return next()
        }
        const notFound = join(outDir, '404.html')
        if (!existsSync(notFound)) return next()
        res.statusCode = 404
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(readFileSync(notFound))
      })
    },
  }
}
