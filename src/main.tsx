import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { libraryFor } from './app/library-store'
import { importers, type ViewName } from './app/views'
import { parseLink } from './links/links'
import './ui/styles.css'

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
void ready.finally(() => {
  if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, app))
  else createRoot(container).render(app)
})
