import type { Place } from '../links/links'
import type { Library, Story } from '../story/story-types'

/**
 * The story data the browser has loaded: the library's index (every story without its
 * text) and the stories a page shows, each its own file. A page loads only what it shows,
 * so its JavaScript doesn't grow with the library. In the built site the data is JSON with
 * hashed names, not modules: the page names the index (`data-library` on the root, written
 * by the prerender) and the index names each story's file, so no script changes when a
 * story does (stories-plugin.ts). In dev, the same comes as virtual modules.
 */
interface Index {
  readonly default: Library
  readonly stories: Readonly<Record<string, () => Promise<{ default: Story }>>>
}

let index: Index | undefined
let indexLoad: Promise<Index> | undefined
const loaded = new Map<string, Story>()
const loading = new Map<string, Promise<Story>>()
let assembled: { key: string; library: Library } | undefined
// React's `use` needs the same promise for the same wait, render after render.
const waits = new Map<string, Promise<Library>>()

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return (await response.json()) as T
}

/** The built site's index, from the file the page names; each story's loader fetches its file. */
async function fetchIndex(): Promise<Index> {
  const url = document.getElementById('root')?.dataset.library
  if (!url) throw new Error('this page names no library index (data-library)')
  const { files, ...library } = await json<Library & { files: Record<string, string> }>(url)
  const base = import.meta.env.BASE_URL
  const stories = Object.fromEntries(Object.entries(files).map(([id, file]) => [id, () => json<Story>(base + file).then((story) => ({ default: story }))]))
  return { default: library, stories }
}

// A failed load is forgotten, so a later attempt (back online) tries again.
const loadIndex = () =>
  (indexLoad ??= (import.meta.env.DEV ? import('virtual:library-index') : fetchIndex()).then(
    (m) => (index = m),
    (error: unknown) => {
      indexLoad = undefined
      throw error
    },
  ))

function loadStory(id: string, from: Index): Promise<Story> {
  const known = loading.get(id)
  if (known) return known
  const load = from.stories[id]
  const promise = load ? load().then((m) => (loaded.set(id, m.default), m.default)) : Promise.reject(new Error(`no story "${id}"`))
  loading.set(id, promise)
  // A failed load is forgotten too.
  promise.catch(() => loading.delete(id))
  return promise
}

/** The ids of the stories a place shows (their text is needed to render it). */
function storiesFor(place: Place | null, library: Library): string[] {
  if (!place || place.view === 'home' || place.view === 'scene' || place.view === 'live') return []
  // The audience and the remote follow the show to whichever piece it moves to.
  if (place.view === 'follow' || place.view === 'remote') return library.stories.map((s) => s.id)
  if (place.view === 'script') {
    const pair = library.pairs.find((p) => p.id === place.pair)
    return pair ? [pair.left, pair.right] : []
  }
  if (library.stories.some((s) => s.id === place.id)) return [place.id]
  const pair = library.pairs.find((p) => p.id === place.id)
  return pair && place.view !== 'read' ? [pair.left, pair.right] : []
}

/** The library as far as it is loaded: loaded stories with their text, the rest as in the index. Same object until more loads. */
function assemble(from: Index): Library {
  const key = [...loaded.keys()].sort().join(',')
  if (assembled?.key === key) return assembled.library
  const library = { ...from.default, stories: from.default.stories.map((s) => loaded.get(s.id) ?? s) }
  assembled = { key, library }
  return library
}

/**
 * The library with the stories `place` shows, or a promise of it while they load (for
 * React's `use`). main.tsx awaits it before hydrating, so the first render never waits.
 */
export function libraryFor(place: Place | null): Library | Promise<Library> {
  const from = index
  const missing = from ? storiesFor(place, from.default).filter((id) => !loaded.has(id)) : []
  if (from && missing.length === 0) return assemble(from)
  const key = place ? `${place.view}/${'id' in place ? place.id : ''}` : ''
  return wait(key, () => load(place))
}

async function load(place: Place | null): Promise<Library> {
  const from = await loadIndex()
  const missing = storiesFor(place, from.default).filter((id) => !loaded.has(id))
  // A story that fails to load is left as in the index: its page then says what is missing.
  await Promise.all(missing.map((id) => loadStory(id, from))).catch(() => undefined)
  return assemble(from)
}

function wait(key: string, start: () => Promise<Library>): Promise<Library> {
  let promise = waits.get(key)
  if (!promise) {
    promise = start().finally(() => waits.delete(key))
    waits.set(key, promise)
  }
  return promise
}
