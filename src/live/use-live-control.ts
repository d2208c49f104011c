import { useCallback, useEffect, useRef, useState } from 'react'
import { LIVE_API, PROTOCOL, type Control } from './protocol'
import { liveUrl } from './use-live-room'

/** How this browser's driving stands: not yet known, accepted, refused (a wrong or old key), or unreachable. */
export type DriveStatus = 'unknown' | 'ok' | 'refused' | 'offline'

const HELLO_MS = 10_000

/**
 * The ONLY sender of control messages: POSTs each one with the secret (never in the URL),
 * says hello every 10 s so the audience knows a presenter is here, and reports whether the
 * server accepts the key. Does nothing without a key.
 */
export function useLiveControl(key: string | null): { status: DriveStatus; send: (message: Control) => void } {
  const [status, setStatus] = useState<DriveStatus>('unknown')
  const keyRef = useRef(key)
  useEffect(() => {
    keyRef.current = key
  })

  const send = useCallback((message: Control) => {
    const secret = keyRef.current
    if (!secret) return
    void fetch(liveUrl(LIVE_API.control), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify(message),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
      .then((response) => {
        if (response.status === 403) return setStatus('refused')
        // A 409 (a step for another show or version) or 429 still proves the key; the room follows on the event stream.
        setStatus(response.ok || response.status === 409 || response.status === 429 ? 'ok' : 'offline')
      })
      .catch(() => setStatus('offline'))
  }, [])

  useEffect(() => {
    if (!key) return
    const hello = () => send({ v: PROTOCOL, type: 'hello' })
    hello()
    const timer = setInterval(hello, HELLO_MS)
    return () => clearInterval(timer)
  }, [key, send])

  return { status, send }
}
