import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Plugin } from 'vite'
import { buildLibrary } from '../src/story/build-library.ts'
import type { Library } from '../src/story/story-types.ts'

const VIRTUAL = 'virtual:library'
const RESOLVED = '\0' + VIRTUAL

/** Reads and parses every file in `dir` (a StoryError names `stories/<file>:<line>`). */
export function loadLibrary(root: string, dir = 'stories'): Library {
  const abs = join(root, dir)
  const files = readdirSync(abs)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ file: relative(root, join(abs, f)).split('\\').join('/'), text: readFileSync(join(abs, f), 'utf8') }))
  return buildLibrary(files)
}

/** Runs `load`; a story error it throws loses its stack, so the dev overlay shows its one `file:line` line alone. */
function withoutStack<T>(load: () => T): T {
  try {
    return load()
  } catch (error) {
    if (error instanceof Error && 'reason' in error) error.stack = error.message
    throw error
  }
}

/**
 * Serves the parsed stories as the module `virtual:library` (plain JSON: the browser
 * ships no parser). A malformed story fails the build, and in dev shows the error
 * overlay; editing a story reloads the open page.
 */
export function storiesPlugin(dir = 'stories'): Plugin {
  let root = process.cwd()
  return {
    name: 'chosen:stories',
    configResolved(config) {
      root = config.root
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null
    },
    load(id) {
      if (id !== RESOLVED) return null
      const abs = join(root, dir)
      for (const f of readdirSync(abs)) this.addWatchFile(join(abs, f))
      const library = withoutStack(() => loadLibrary(root, dir))
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(library))})`
    },
    configureServer(server) {
      const abs = join(root, dir)
      server.watcher.add(abs)
      const onChange = (file: string) => {
        if (!file.startsWith(abs)) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod) server.moduleGraph.invalidateModule(mod)
        try {
          loadLibrary(root, dir)
          server.ws.send({ type: 'full-reload' })
        } catch (error) {
          const e = error as Error
          server.config.logger.error(e.message)
          server.ws.send({ type: 'error', err: { message: e.message, stack: '', plugin: 'chosen:stories' } })
        }
      }
      server.watcher.on('change', onChange)
      server.watcher.on('add', onChange)
      server.watcher.on('unlink', onChange)
    },
  }
}
