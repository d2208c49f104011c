import { useEffect } from 'react'
import { localStore } from '../storage/stores'
import { STILL_MS, whenIdle } from './when-idle'

/** Set once the book face is in the browser's cache; read by the inline script in index.html. */
export const FONTS_KEY = 'fonts'

/**
 * A first visit sets its text in the metric-matched fallback, so the words paint as soon
 * as the HTML arrives and never wait on a font download. Once the page is idle this loads
 * Literata into the cache and remembers that it did; every later page (the inline script
 * marks `<html data-fonts>`) is set in Literata from its first paint. The face is never
 * swapped under a page being read: that would move the text under the reader's eye.
 */
export function useWebFonts(): void {
  useEffect(() => {
    if (document.documentElement.hasAttribute('data-fonts') || !('fonts' in document)) return
    let cancelled = false
    const load = () => {
      void Promise.all([document.fonts.load('1em Literata'), document.fonts.load('italic 1em Literata')])
        .then((faces) => {
          // Without storage every page keeps the fallback: still the same words, in a serif.
          if (!cancelled && faces.every((f) => f.length > 0)) localStore.set(FONTS_KEY, true)
        })
        .catch(() => {})
    }
    // Where browsers cannot say when the page is idle, a few seconds after it starts will do;
    // either way not while the reader scrolls (its frames need both cores).
    const cancel = whenIdle(load, { timeout: 4000, otherwise: 2000, stillMs: STILL_MS })
    return () => {
      cancelled = true
      cancel()
    }
  }, [])
}
