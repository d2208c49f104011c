import { useCallback, useEffect, useRef, useState } from 'react'
import { LIVE_API, PROTOCOL, parseRoomMessage, type Control, type RoomMessage } from './protocol'
import { liveUrl } from './use-live-room'

/** How this browser's driving stands: not yet known, accepted, refused (a wrong or old key), or unreachable. */
export type DriveStatus = 'unknown' | 'ok' | 'refused' | 'offline'

const HELLO_MS = 10_000

/**
 * The ONLY sender of control messages: POSTs each one with the secret (never in the URL),
 * one at a time in order, says hello every 10 s so the audience knows a presenter is here,
 * and reports whether the server accepts the key. `send` resolves to the room as the server
 * has it after the message when it took the message, or null. Does nothing without a key.
 */
export function useLiveControl(key: string | null): { status: DriveStatus; send: (message: Control) => Promise<RoomMessage | null> } {
  const [status, setStatus] = useState<DriveStatus>('unknown')
  const keyRef = useRef(key)
  // One message at a time, in order: two requests in flight could reach the server swapped.
  const queue = useRef<Promise<void>>(Promise.resolve())
  useEffect(() => {
    keyRef.current = key
  })

  const send = useCallback((message: Control) => {
    const secret = keyRef.current
    if (!secret) return Promise.resolve(null)
    const post = (): Promise<RoomMessage | null> =>
      fetch(liveUrl(LIVE_API.control), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify(message),
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        // A server gone quiet (a dead Wi-Fi link) must not hold the steps behind it for long.
        signal: AbortSignal.timeout(5000),
      })
        .then((response) => {
          if (response.status === 403) setStatus('refused')
          // A 409 (a step for another show or version) or 429 still proves the key; the room follows on the event stream.
          else setStatus(response.ok || response.status === 409 || response.status === 429 ? 'ok' : 'offline')
          return response.ok ? response.text().then(parseRoomMessage) : null
        })
        .catch(() => {
          setStatus('offline')
          return null
        })
    const sent = queue.current.then(post)
    queue.current = sent.then(() => {})
    return sent
  }, [])

  useEffect(() => {
    if (!key) return
    const hello = () => void send({ v: PROTOCOL, type: 'hello' })
    hello()
    const timer = setInterval(hello, HELLO_MS)
    return () => clearInterval(timer)
  }, [key, send])

  return { status, send }
}
