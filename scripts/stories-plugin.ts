import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Plugin } from 'vite'
import { LIBRARY_FILES } from './build-files.mjs'
import { cardClash } from '../src/share/cards.ts'
import { buildLibrary } from '../src/story/build-library.ts'
import type { Library } from '../src/story/story-types.ts'

const VIRTUAL = 'virtual:library'
const RESOLVED = '\0' + VIRTUAL
// The site's name and tagline alone (every page's toolbar needs them, not the stories).
const SITE = 'virtual:site'
const RESOLVED_SITE = '\0' + SITE
// What the browser loads: a small index (the site, the pairs, each story without its text)
// and one module per story, so a page loads the text of the stories it shows and no more.
const INDEX = 'virtual:library-index'
const RESOLVED_INDEX = '\0' + INDEX
const STORY = 'virtual:story/'
const RESOLVED_STORY = '\0' + STORY

/** The library without the stories' text: each story keeps its beats' ids and labels, with no paragraphs. */
export function indexOf(library: Library): Library {
  return { ...library, stories: library.stories.map((s) => ({ ...s, beats: s.beats.map((b) => ({ id: b.id, label: b.label, paragraphs: [] })) })) }
}
const json = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`

/** Reads and parses every file in `dir` (a StoryError names `stories/<file>:<line>`). */
export function loadLibrary(root: string, dir = 'stories'): Library {
  const abs = join(root, dir)
  const files = readdirSync(abs)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ file: relative(root, join(abs, f)).split('\\').join('/'), text: readFileSync(join(abs, f), 'utf8') }))
  return buildLibrary(files, { check: cardClash })
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

/** Where the built site's story data is, for the prerender (LIBRARY_FILES): the index's file and each story's. */
export interface LibraryFiles {
  /** The index (the library without the stories' text, plus `files`), relative to the build folder. */
  readonly index: string
  /** Each story's data, by id, relative to the build folder. */
  readonly stories: Readonly<Record<string, string>>
}

/**
 * Serves the parsed stories as the module `virtual:library` (plain JSON: the browser
 * ships no parser). A malformed story fails the build, and in dev shows the error
 * overlay; editing a story reloads the open page.
 *
 * In the browser build, the story data is not a module at all but JSON files with hashed
 * names (`assets/<story>-<hash>.json`, and the index as `assets/library-<hash>.json`, which
 * names them), fetched by the page (library-store.ts; each page names the index). No script
 * then names a story's file, so editing one story changes that story's file, the index and
 * the pages, and not one script: an installed reader's precache fetches those again and
 * keeps the rest.
 */
export function storiesPlugin(dir = 'stories'): Plugin {
  let root = process.cwd()
  let browserBuild = false
  // Parsed once per build (each story's module and the index read the same library); a
  // change to any file in dev drops it.
  let cached: Library | undefined
  return {
    name: 'chosen:stories',
    configResolved(config) {
      root = config.root
      browserBuild = config.command === 'build' && !config.build.ssr
    },
    // The dev server's page title is the site's (stories/site.md); the prerender writes each page's own.
    // (A malformed story leaves the title empty: the page still loads, and the error overlay
    // shows the story's `file:line` as its module fails.)
    transformIndexHtml(html) {
      let text = ''
      try {
        const { site } = (cached ??= withoutStack(() => loadLibrary(root, dir)))
        text = `${site.name} · ${site.tagline}`.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      } catch {
        // Reported by the story modules' load.
      }
      return html.replace('%SITE_TITLE%', () => text)
    },
    generateBundle() {
      if (!browserBuild) return
      const library = (cached ??= withoutStack(() => loadLibrary(root, dir)))
      const stories: Record<string, string> = {}
      for (const story of library.stories) {
        const ref = this.emitFile({ type: 'asset', name: `${story.id}.json`, source: JSON.stringify(story) })
        stories[story.id] = this.getFileName(ref)
      }
      const index = this.getFileName(this.emitFile({ type: 'asset', name: 'library.json', source: JSON.stringify({ ...indexOf(library), files: stories }) }))
      const files: LibraryFiles = { index, stories }
      this.emitFile({ type: 'asset', fileName: LIBRARY_FILES, source: JSON.stringify(files) })
    },
    resolveId(id) {
      if (id === VIRTUAL || id === SITE || id === INDEX || id.startsWith(STORY)) return '\0' + id
      return null
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_SITE && id !== RESOLVED_INDEX && !id.startsWith(RESOLVED_STORY)) return null
      const abs = join(root, dir)
      for (const f of readdirSync(abs)) this.addWatchFile(join(abs, f))
      const library = (cached ??= withoutStack(() => loadLibrary(root, dir)))
      if (id === RESOLVED) return json(library)
      if (id === RESOLVED_SITE) return json(library.site)
      if (id === RESOLVED_INDEX) {
        const loaders = library.stories.map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(STORY + s.id)}),`).join('\n')
        return `${json(indexOf(library))}\n/** Loads one story's text. */\nexport const stories = {\n${loaders}\n}\n`
      }
      const story = library.stories.find((s) => RESOLVED_STORY + s.id === id)
      if (!story) throw new Error(`no story "${id.slice(RESOLVED_STORY.length)}"`)
      return json(story)
    },
    configureServer(server) {
      const abs = join(root, dir)
      server.watcher.add(abs)
      const onChange = (file: string) => {
        if (!file.startsWith(abs)) return
        cached = undefined
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:')) server.moduleGraph.invalidateModule(mod)
        }
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
