import { Component, type ReactNode } from 'react'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { isReloadingForChunk } from './stale-chunk-reload'

/**
 * Catches what a view throws while rendering (a bad message, a missing chunk, a bug) and
 * shows a way back instead of a blank page: reload this address, or go to the scene.
 * (React reports what it caught to the console: see `onCaughtError` in main.tsx.)
 */
export class ViewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
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
          <p>
            <button type="button" className="solid-button" onClick={() => window.location.reload()}>
              Reload this page
            </button>
          </p>
          <p>
            <a href={formatLink({ view: 'home' }, BASE)}>Back to the scene</a>
          </p>
        </main>
      </div>
    )
  }
}
