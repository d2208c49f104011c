import { useEffect } from 'react'
import { BASE } from '../links/use-location-state'
import { STILL_MS, whenIdle } from './when-idle'

/**
 * Registers the service worker of a production build (the site then works offline), once
 * the page has loaded and gone idle: registering starts the worker, which then fetches
 * everything it keeps, and none of that should compete with the page's own start (its
 * first visit is the one Lighthouse measures) or with a reader scrolling it. Offline
 * support is for the next visit.
 */
export function useServiceWorker(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    const register = () => {
      // `updateViaCache: 'none'`: the browser asks for a new sw.js on each check, whatever
      // the host's caching headers say, so a new deploy is found on the next navigation.
      void navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE, updateViaCache: 'none' }).catch(() => {
        // Offline support is an extra: without it the site works as before.
      })
    }
    // Where browsers cannot say when the page is idle, just after the load event will do;
    // either way not while the reader scrolls.
    let cancel = () => {}
    const loaded = () => (cancel = whenIdle(register, { timeout: 2000, otherwise: 0, stillMs: STILL_MS }))
    if (document.readyState === 'complete') loaded()
    else window.addEventListener('load', loaded, { once: true })
    return () => {
      window.removeEventListener('load', loaded)
      cancel()
    }
  }, [])
}
