import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { installStaleChunkReload } from './app/stale-chunk-reload'
import { importers, type ViewName } from './app/views'
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
const ready = view && view in importers ? importers[view]() : Promise.resolve()
// Hydration as a transition: React then does it in slices of a few milliseconds, yielding
// between them, so a larger page never holds the main thread in one long task.
// Offline, the service worker answers a moment's address (`/present/spike/fire`) with its
// view's page (`/present/spike`): that HTML is not this address's, so it is rendered anew
// rather than hydrated (a mismatch would throw React #418).
const samePage = (a: string, b: string) => a.replace(/\.html$|\/+$/g, '') === b.replace(/\.html$|\/+$/g, '')
const served = container.dataset.href
const hydrate = container.hasChildNodes() && (served === undefined || samePage(served, window.location.pathname))
void ready.finally(() => {
  if (hydrate) startTransition(() => void hydrateRoot(container, app))
  else createRoot(container).render(app)
})
