import { useEffect } from 'react'

/** Keeps the screen awake while `on`, where the browser offers it (secure origins only: a plain http:// LAN page simply goes without). */
export function useWakeLock(on: boolean): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request: (type: 'screen') => Promise<{ release: () => Promise<void> }> } }).wakeLock
    if (!on || !wakeLock || !window.isSecureContext) return
    let sentinel: { release: () => Promise<void> } | null = null
    let stopped = false
    const request = () => {
      if (document.visibilityState !== 'visible') return
      void wakeLock
        .request('screen')
        .then((s) => {
          if (stopped) void s.release().catch(() => {})
          else sentinel = s
        })
        .catch(() => {})
    }
    request()
    document.addEventListener('visibilitychange', request)
    return () => {
      stopped = true
      document.removeEventListener('visibilitychange', request)
      void sentinel?.release().catch(() => {})
    }
  }, [on])
}
