import { useEffect } from 'react'
import { BASE } from '../links/use-location-state'

/** Registers the service worker of a production build (the site then works offline). */
export function useServiceWorker(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    // `updateViaCache: 'none'`: the browser asks for a new sw.js on each check, whatever
    // the host's caching headers say, so a new deploy is found on the next navigation.
    void navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE, updateViaCache: 'none' }).catch(() => {
      // Offline support is an extra: without it the site works as before.
    })
  }, [])
}
