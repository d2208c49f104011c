import { useCallback, useEffect, useState } from 'react'
import { formatLink, parseLink, type Place } from './links'

/** How to move: replace the history entry, write the moment as `#anchor`, keep `?query`, or load a new page. */
export interface GoOptions {
  readonly replace?: boolean
  readonly hash?: boolean
  readonly keepQuery?: boolean
  readonly load?: boolean
}

/** The site's base path, as built (`/` or e.g. `/chosen/`). */
export const BASE = import.meta.env.BASE_URL

/** True when the page was opened with `?<name>` (e.g. the presenter window's `?presenter`). */
export function hasQueryFlag(name: string): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).has(name)
}

/**
 * The value of `#<name>=<value>` in the page's address, removed from the address at once
 * (replaceState) so it is neither bookmarked, shared nor left in the history; null when absent.
 */
export function takeFragment(name: string): string | null {
  if (typeof window === 'undefined') return null
  const match = new RegExp(`^#${name}=([A-Za-z0-9_-]{16,200})$`).exec(window.location.hash)
  if (!match?.[1]) return null
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
  return match[1]
}

/** The origin the page is served from (the live pages' fallback for their own addresses). */
export const pageOrigin = (): string => (typeof window === 'undefined' ? '' : window.location.origin)

/** An absolute URL of a place on this site, as it is being served. */
export function absoluteLink(place: Place, query = ''): string {
  return window.location.origin + formatLink(place, BASE) + query
}

/**
 * The ONLY reader and writer of window.location and history. Starts from `initialHref`
 * (the server passes the page's address; the browser its own), follows back/forward and
 * in-page `#anchor` changes, and moves with pushState/replaceState.
 */
export function useLocationState(initialHref: string): {
  place: Place | null
  /** The current address as given (path and #hash). */
  href: string
  go: (place: Place, options?: GoOptions) => void
} {
  const [href, setHref] = useState(initialHref)

  useEffect(() => {
    const sync = () => setHref(window.location.pathname + window.location.hash)
    // The first render matched the server's HTML (path only); now add the #anchor, if any.
    if (window.location.hash) setHref((first) => first.replace(/#.*$/, '') + window.location.hash)
    window.addEventListener('popstate', sync)
    window.addEventListener('hashchange', sync)
    return () => {
      window.removeEventListener('popstate', sync)
      window.removeEventListener('hashchange', sync)
    }
  }, [])

  const go = useCallback((place: Place, options: GoOptions = {}) => {
    const next = formatLink(place, BASE, { hash: options.hash }) + (options.keepQuery ? window.location.search : '')
    if (options.load) return window.location.assign(next)
    if (next === window.location.pathname + window.location.search + window.location.hash) return
    if (options.replace) window.history.replaceState(null, '', next)
    else window.history.pushState(null, '', next)
    setHref(next)
  }, [])

  return { place: parseLink(href, BASE), href, go }
}
