import { useEffect, useState } from 'react'
import { pageOrigin } from '../links/use-location-state'
import { LIVE_API, parseInfo } from './protocol'
import { liveUrl } from './use-live-room'

/**
 * The origins the audience can reach (the server's LAN addresses, as it printed them),
 * so the QR codes carry an address a phone can open even when this laptop opened
 * `localhost`; this page's own origin until the server answers (or when it has no LAN address).
 */
export function useLiveOrigin(enabled = true): string {
  const [origin, setOrigin] = useState('')
  useEffect(() => {
    setOrigin(pageOrigin())
    if (!enabled) return
    let live = true
    void fetch(liveUrl(LIVE_API.info), { cache: 'no-store' })
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => {
        const first = parseInfo(text)?.audience[0]
        if (live && first) setOrigin(new URL(first).origin)
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [enabled])
  return origin
}
