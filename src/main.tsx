import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { libraryFor } from './app/library-store'
import { installStaleChunkReload, reportCaughtError } from './app/stale-chunk-reload'
import { importers, type ViewName } from './app/views'
import { parseLink } from './links/links'
import { sessionStore } from './storage/stores'
import './ui/styles.css'

// Before any chunk is asked for: after a new deploy, a chunk of the old build may be gone.
installStaleChunkReload(window, sessionStore)

const container = document.getElementById('root') as HTMLElement
// The first render uses the path only, exactly as the server rendered it; the hash is
// read right after, so an `#anchor` can never cause a hydration mismatch.
const app = (
  <StrictMode>
    <App href={window.location.pathname} />
  </StrictMode>
)
// Load the view this page shows before hydrating, so hydration never waits on the network.
const view = (document.querySelector('[data-view]') as HTMLElement | null)?.dataset.view as ViewName | undefined
// And the story data it shows (the index and each story's own chunk), for the same reason.
const data = libraryFor(parseLink(window.location.pathname, import.meta.env.BASE_URL))
const ready = Promise.all([view && view in importers ? importers[view]() : undefined, data])
// Hydration as a transition: React then does it in slices of a few milliseconds, yielding
// between them, so a larger page never holds the main thread in one long task.
// Offline, the service worker answers a moment's address (`/present/spike/fire`) with its
// view's page (`/present/spike`): that HTML is not this address's, so it is rendered anew
// rather than hydrated (a mismatch would throw React #418).
const samePage = (a: string, b: string) => a.replace(/\.html$|\/+$/g, '') === b.replace(/\.html$|\/+$/g, '')
const served = container.dataset.href
// An element, not any node: in dev the root holds only the `<!--app-->` placeholder. A
// moment's page holds its beat alone (`data-excerpt`): the whole piece replaces it.
const hydrate = container.firstElementChild !== null && container.querySelector('[data-excerpt]') === null && (served === undefined || samePage(served, window.location.pathname))
// Started even when a chunk failed to load: the view's error boundary then offers a way
// back (and reports it once).
void ready
  .catch(() => undefined)
  .then(() => {
    if (hydrate) startTransition(() => void hydrateRoot(container, app, { onCaughtError: reportCaughtError }))
    // Rendered anew as a transition too: a long piece then renders in slices, not one long task.
    else startTransition(() => createRoot(container, { onCaughtError: reportCaughtError }).render(app))
  })
