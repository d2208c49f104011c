import { useEffect } from 'react'
import { BASE } from '../links/use-location-state'

/** Registers the service worker of a production build (the site then works offline). */
export function useServiceWorker(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    void navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => {
      // Offline support is an extra: without it the site works as before.
    })
  }, [])
}
