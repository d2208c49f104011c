import { useCallback, useEffect, useState } from 'react'
import { formatLink, parseLink, type Place } from './links'

/** The site's base path, as built (`/` or e.g. `/chosen/`). */
export const BASE = import.meta.env.BASE_URL

/**
 * The ONLY reader and writer of window.location and history. Starts from `initialHref`
 * (the server passes the page's address; the browser its own), follows back/forward and
 * in-page `#anchor` changes, and moves with pushState/replaceState.
 */
export function useLocationState(initialHref: string): {
  place: Place | null
  /** The current address as given (path and #hash). */
  href: string
  go: (place: Place, options?: { replace?: boolean; hash?: boolean }) => void
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

  const go = useCallback((place: Place, options: { replace?: boolean; hash?: boolean } = {}) => {
    const next = formatLink(place, BASE, { hash: options.hash })
    if (next === window.location.pathname + window.location.hash) return
    if (options.replace) window.history.replaceState(null, '', next)
    else window.history.pushState(null, '', next)
    setHref(next)
  }, [])

  return { place: parseLink(href, BASE), href, go }
}
