import { libraryFor } from './app/library-store'
import { installStaleChunkReload } from './app/stale-chunk-reload'
import { importers, type ViewName } from './app/views'
import { parseLink } from './links/links'
import { sessionStore } from './storage/stores'
import { quietPointerWhileScrolling } from './ui/quiet-pointer'
import './ui/styles.css'

// Before any chunk is asked for: after a new deploy, a chunk of the old build may be gone.
installStaleChunkReload(window, sessionStore)
// While the page scrolls, the pointer's crossings from line to line stop at the window, above
// React's listeners at its root (ui/quiet-pointer.ts).
quietPointerWhileScrolling(window)

const container = document.getElementById('root') as HTMLElement
// The view this page shows and its story data (the index and each story's own chunk) are
// loaded before hydrating, so hydration never waits on the network.
const view = (document.querySelector('[data-view]') as HTMLElement | null)?.dataset.view as ViewName | undefined
// Offline, the service worker answers a moment's address (`/present/spike/fire`) with its
// view's page (`/present/spike`): that HTML is not this address's, so it is rendered anew
// rather than hydrated (a mismatch would throw React #418).
const samePage = (a: string, b: string) => a.replace(/\.html$|\/+$/g, '') === b.replace(/\.html$|\/+$/g, '')
const served = container.dataset.href
// An element, not any node: in dev the root holds only the `<!--app-->` placeholder. A
// moment's page holds its beat alone (`data-excerpt`): the whole piece replaces it.
const hydrate = container.firstElementChild !== null && container.querySelector('[data-excerpt]') === null && (served === undefined || samePage(served, window.location.pathname))

/** Resolves in a task of its own: what follows it is not part of the task that called it. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// The start, one step a task: asking for the story data, asking for the view's chunk,
// evaluating ReactDOM, evaluating the app. Each costs a few milliseconds here (asking the
// browser for a file is itself work for the main thread), four times that on a slow phone, and
// in the entry's own task they added up to a task of 50–70 ms at 4× CPU just after the first
// paint, which Lighthouse counts as blocking. The prerender has preloaded every file, so a
// task between the steps costs no fetch. Started even when the view's chunk failed to load:
// its error boundary then offers a way back (and reports it once). Without ReactDOM or the
// app's own chunk there is nothing to start: after a deploy, the stale-chunk reload (above)
// loads the page anew.
void nextTask()
  .then(() => {
    const data = libraryFor(parseLink(window.location.pathname, import.meta.env.BASE_URL))
    // Handled here too, so a failed load is not reported as unhandled while the next step waits.
    if (data instanceof Promise) data.catch(() => undefined)
    return nextTask().then(() => Promise.all([view && view in importers ? importers[view]() : undefined, data]))
  })
  .catch(() => undefined)
  .then(nextTask)
  .then(() => import('react-dom/client'))
  .then(nextTask)
  .then(() => import('./app/mount'))
  .then(({ mount }) => mount(container, hydrate))
