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
// ReactDOM and the app, in a chunk of their own (see mount.tsx); the prerender preloads it.
const mounting = import('./app/mount')
// Load the view this page shows before hydrating, so hydration never waits on the network.
const view = (document.querySelector('[data-view]') as HTMLElement | null)?.dataset.view as ViewName | undefined
// And the story data it shows (the index and each story's own chunk), for the same reason.
const data = libraryFor(parseLink(window.location.pathname, import.meta.env.BASE_URL))
const ready = Promise.all([view && view in importers ? importers[view]() : undefined, data])
// Offline, the service worker answers a moment's address (`/present/spike/fire`) with its
// view's page (`/present/spike`): that HTML is not this address's, so it is rendered anew
// rather than hydrated (a mismatch would throw React #418).
const samePage = (a: string, b: string) => a.replace(/\.html$|\/+$/g, '') === b.replace(/\.html$|\/+$/g, '')
const served = container.dataset.href
// An element, not any node: in dev the root holds only the `<!--app-->` placeholder. A
// moment's page holds its beat alone (`data-excerpt`): the whole piece replaces it.
const hydrate = container.firstElementChild !== null && container.querySelector('[data-excerpt]') === null && (served === undefined || samePage(served, window.location.pathname))
// Started even when the view's chunk failed to load: its error boundary then offers a way
// back (and reports it once). Without the app's own chunk there is nothing to start: after a
// deploy, the stale-chunk reload (above) loads the page anew.
void ready
  .catch(() => undefined)
  .then(() => mounting)
  .then(({ mount }) => mount(container, hydrate))
