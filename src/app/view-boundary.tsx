import { Component, type ErrorInfo, type ReactNode } from 'react'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { isReloadingForChunk } from './stale-chunk-reload'

/**
 * Catches what a view throws while rendering (a bad message, a missing chunk, a bug) and
 * shows a way back instead of a blank page: reload this address, or go to the scene.
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever looks into it; the reader sees the way back. A page
    // already reloading for a chunk of an older build shows and logs nothing meanwhile.
    if (isReloadingForChunk()) return
    console.error('This view failed:', error, info.componentStack)
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children
    if (isReloadingForChunk()) return null
    return (
      <div className="page not-found" data-view="error">
        <main id="main" className="not-found-main">
          <p className="kicker">Something went wrong</p>
          <h1>This page stumbled</h1>
          <p>Something on this page failed to load or to show. Your place is in the address: reloading usually brings it back.</p>
          <ul className="not-found-links">
            <li>
              <button type="button" className="boundary-button" onClick={() => window.location.reload()}>
                Reload this page
              </button>
            </li>
            <li>
              <a href={formatLink({ view: 'home' }, BASE)}>Back to the scene</a>
            </li>
          </ul>
        </main>
      </div>
    )
  }
}
