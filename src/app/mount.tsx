import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import { reportCaughtError } from './stale-chunk-reload'

/**
 * Puts the app on the page: hydrates the prerendered HTML when it is this address's, renders
 * it anew otherwise. Its own chunk, which main.tsx imports once the page has started, in the
 * task after ReactDOM's (evaluating ReactDOM is the largest piece of work the page does at
 * start: with the app's, one task over 50 ms at 4× CPU).
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
