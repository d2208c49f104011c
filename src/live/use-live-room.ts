import { useEffect, useState } from 'react'
import { BASE } from '../links/use-location-state'
import { LIVE_API, parseRoomMessage, type RoomMessage } from './protocol'

/** How the page stands with the live server: connecting, live, reconnecting, or no live server at all (a static host). */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'absent'

export interface LiveRoom {
  readonly room: RoomMessage | null
  readonly status: LiveStatus
  /** The local clock minus the server's, from the last message (for elapsed time). */
  readonly skew: number
}

/** The live server's URL for `path` (the live server serves the site at its root). */
export const liveUrl = (path: string): string => BASE.replace(/\/$/, '') + path

/**
 * The ONLY EventSource of the live pages: follows the room as the server sends it. A
 * server that answers with anything but an event stream is no live server ('absent');
 * once live, a lost connection retries every second (the browser's own retry, and a new
 * EventSource when the browser gives up) and lands on the current room at once. Messages
 * that fail the schema are dropped and counted. `enabled` false opens nothing.
 */
export function useLiveRoom(enabled = true): LiveRoom & { readonly dropped: number } {
  const [state, setState] = useState<LiveRoom & { dropped: number }>({ room: null, status: 'connecting', skew: 0, dropped: 0 })

  useEffect(() => {
    if (!enabled) return
    if (typeof EventSource === 'undefined') {
      setState((s) => ({ ...s, status: 'absent' }))
      return
    }
    let source: EventSource | null = null
    let opened = false
    let retry: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    let heardAt = Date.now()
    const connect = () => {
      clearTimeout(retry)
      source?.close()
      heardAt = Date.now()
      const es = new EventSource(liveUrl(LIVE_API.events))
      source = es
      es.onopen = () => {
        opened = true
        heardAt = Date.now()
      }
      es.addEventListener('ping', () => {
        heardAt = Date.now()
      })
      es.onmessage = (event: MessageEvent<unknown>) => {
        heardAt = Date.now()
        const room = parseRoomMessage(event.data)
        if (!room) return setState((s) => ({ ...s, dropped: s.dropped + 1 }))
        setState((s) => ({ ...s, room, status: 'live', skew: Date.now() - room.now }))
      }
      es.onerror = () => {
        if (stopped) return
        if (!opened) {
          // Never connected: a static host (no live server here), unless the page is offline.
          if (es.readyState === EventSource.CLOSED) setState((s) => ({ ...s, status: navigator.onLine ? 'absent' : 'reconnecting' }))
          return
        }
        setState((s) => ({ ...s, status: 'reconnecting' }))
        if (es.readyState === EventSource.CLOSED) retry = setTimeout(connect, 1000 + Math.random() * 1000)
      }
    }
    connect()
    // The server pings every 5 s: a stream silent for 15 s died without a word (a phone that
    // slept or changed networks), so it is replaced.
    const watchdog = setInterval(() => {
      if (opened && Date.now() - heardAt > 15_000) {
        setState((s) => ({ ...s, status: 'reconnecting' }))
        connect()
      }
    }, 5000)
    // Offline, the stream is gone whatever it says; back online (or shown again after a
    // long sleep), a fresh one lands on the room at once instead of waiting.
    const onOffline = () => {
      if (!opened) return
      source?.close()
      setState((s) => ({ ...s, status: 'reconnecting' }))
    }
    const onBack = () => {
      if (document.visibilityState !== 'visible' || !opened) return
      if (source?.readyState !== EventSource.OPEN || Date.now() - heardAt > 6000) connect()
    }
    window.addEventListener('offline', onOffline)
    window.addEventListener('online', onBack)
    document.addEventListener('visibilitychange', onBack)
    return () => {
      stopped = true
      clearTimeout(retry)
      clearInterval(watchdog)
      source?.close()
      window.removeEventListener('offline', onOffline)
      window.removeEventListener('online', onBack)
      document.removeEventListener('visibilitychange', onBack)
    }
  }, [enabled])

  return state
}
