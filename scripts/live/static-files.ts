// The built site, as a static host serves it: `/read/spike` is `read/spike.html`, hashed
// assets are cached for good, anything else is the 404 page. Only files inside `root`
// are ever served: `..` (plain or percent-encoded), absolute and backslash paths are refused.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply } from 'fastify'
import fastifyStatic from '@fastify/static'

/** The file under `root` for a request path, '' when there is none, or null when the path is refused. */
export function fileFor(root: string, rawPath: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(rawPath.replace(/\?.*$/, ''))
  } catch {
    return null
  }
  if (path.includes('\\') || path.includes('\0') || !path.startsWith('/') || path.startsWith('//')) return null
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null
  const relative = path.replace(/^\/+/, '')
  const candidates = relative === '' ? ['index.html'] : relative.endsWith('/') ? [`${relative}index.html`, `${relative.slice(0, -1)}.html`] : [relative, `${relative}.html`]
  for (const candidate of candidates) {
    const abs = normalize(join(root, candidate))
    if (!abs.startsWith(root + sep)) return null
    try {
      if (statSync(abs).isFile()) return candidate
    } catch {
      // Not this one: try the next form.
    }
  }
  return ''
}

const COMPRESSIBLE = /\.(html|js|css|svg|json|webmanifest|xml|txt)$/

/**
 * Writes a `.gz` beside each text file of the build (once: a fresh one is kept), so a
 * thousand phones joining at once cost the laptop no compression: each gets the same
 * bytes a static host would send. Returns how many were written.
 */
export function precompress(root: string): number {
  let written = 0
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (COMPRESSIBLE.test(entry.name)) {
        const stat = statSync(path)
        if (stat.size < 1024) continue
        try {
          if (statSync(`${path}.gz`).mtimeMs >= stat.mtimeMs) continue
        } catch {
          // No .gz yet.
        }
        writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }))
        written++
      }
    }
  }
  walk(root)
  return written
}

/** Registers the built site in `root` (an absolute path) on `app`. */
export async function registerStaticSite(app: FastifyInstance, root: string): Promise<void> {
  precompress(root)
  await app.register(fastifyStatic, { root, serve: false, dotfiles: 'deny', index: false, preCompressed: true })
  const send = (reply: FastifyReply, file: string) => {
    const hashed = file.startsWith('assets/')
    return reply.header('x-content-type-options', 'nosniff').sendFile(file, { maxAge: hashed ? 31_536_000_000 : 0, immutable: hashed, cacheControl: true })
  }
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: (request, reply) => {
      const file = fileFor(root, request.raw.url ?? '/')
      if (file === null) return reply.code(400).type('text/plain').send('Bad path\n')
      if (file === '') return send(reply.code(404), '404.html')
      return send(reply, file)
    },
  })
}
