import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import { reportCaughtError } from './stale-chunk-reload'

/**
 * Puts the app on the page: hydrates the prerendered HTML when it is this address's, renders
 * it anew otherwise. Its own chunk (with ReactDOM), which main.tsx imports once the page has
 * started: evaluating ReactDOM is the largest piece of work the page does at start, and in a
 * chunk of its own it is a task of its own, not one long task with the entry's.
 */
export function mount(container: HTMLElement, hydrate: boolean): void {
  // The first render uses the path only, exactly as the server rendered it; the hash is
  // read right after, so an `#anchor` can never cause a hydration mismatch.
  const app = (
    <StrictMode>
      <App href={window.location.pathname} />
    </StrictMode>
  )
  // Hydration as a transition: React then does it in slices of a few milliseconds, yielding
  // between them, so a larger page never holds the main thread in one long task.
  if (hydrate) startTransition(() => void hydrateRoot(container, app, { onCaughtError: reportCaughtError }))
  // Rendered anew as a transition too: a long piece then renders in slices, not one long task.
  else startTransition(() => createRoot(container, { onCaughtError: reportCaughtError }).render(app))
}
