// The built site, as a static host serves it: `/read/spike` is `read/spike.html`, hashed
// assets are cached for good, anything else is the 404 page. Only files inside `root`
// are ever served: `..` (plain or percent-encoded), absolute and backslash paths are refused.
import { statSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'
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

/** Registers the built site in `root` (an absolute path) on `app`. */
export async function registerStaticSite(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false, dotfiles: 'deny', index: false })
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
