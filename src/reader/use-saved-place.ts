import { useEffect, useRef, useState } from 'react'

const key = (storyId: string) => `chosen:place:${storyId}`
const SAVE_EVERY_MS = 1000

/**
 * Remembers the line a reader is at in a story (at most once a second) and returns the
 * line remembered from an earlier visit, read once on arrival.
 */
export function useSavedPlace(storyId: string, line: string | null): string | null {
  const [saved, setSaved] = useState<string | null>(null)
  const last = useRef(0)

  useEffect(() => {
    try {
      setSaved(localStorage.getItem(key(storyId)))
    } catch {
      setSaved(null)
    }
  }, [storyId])

  useEffect(() => {
    if (!line) return
    const write = () => {
      last.current = Date.now()
      try {
        localStorage.setItem(key(storyId), line)
      } catch {
        // Storage can be full or refused; remembering the place is a courtesy.
      }
    }
    const wait = last.current + SAVE_EVERY_MS - Date.now()
    if (wait <= 0) return write()
    const timer = window.setTimeout(write, wait)
    return () => window.clearTimeout(timer)
  }, [storyId, line])

  return saved
}
