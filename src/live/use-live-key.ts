import { useEffect, useState } from 'react'
import { BASE, takeFragment } from '../links/use-location-state'
import { createStore } from '../storage/storage'

const KEY = 'live-key'
const store = createStore(() => (typeof window === 'undefined' ? null : window.localStorage), BASE)
const parseKey = (raw: unknown) => (typeof raw === 'string' && /^[A-Za-z0-9_-]{16,200}$/.test(raw) ? raw : undefined)

/** The show's secret held by this browser, if any (read at once, outside React: for the presentation's driver). */
export function storedLiveKey(): string | undefined {
  return store.get(KEY, parseKey)
}

/**
 * The ONLY keeper of the show's secret in the browser: takes it from the address's
 * `#key=` (and removes it from the address), keeps it in localStorage so a reload, a
 * closed lid or a restarted browser still drives; `forget` drops it (a refused key).
 * Null until mounted (the server's HTML knows no key).
 */
export function useLiveKey(): { key: string | null; forget: () => void } {
  const [key, setKey] = useState<string | null>(null)
  useEffect(() => {
    const given = takeFragment('key')
    if (given) store.set(KEY, given)
    setKey(given ?? storedLiveKey() ?? null)
  }, [])
  return {
    key,
    forget: () => {
      store.remove(KEY)
      setKey(null)
    },
  }
}
