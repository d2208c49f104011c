import { useEffect, useState } from 'react'
import type { PositionStore } from '../reveal/reading-position'
import { localStore } from '../storage/stores'

const key = (storyId: string) => `place:${storyId}`
const isLineId = (raw: unknown) => (typeof raw === 'string' && /^[a-z0-9-]+$/.test(raw) ? raw : undefined)
const SAVE_EVERY_MS = 1000
/** What a reader does to move through the page themselves (a landing's scroll is none of these). */
const OWN_MOVES = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const
/** Keys that scroll the page, or jump between beats (use-beat-keys.ts). */
const SCROLL_KEYS = new Set(['PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', ' ', 'Home', 'End', 'j', 'k', 'n', 'p', 'J', 'K', 'N', 'P'])

/** Runs `job` when the page is idle (within 2 s), or at once where browsers cannot say. */
function whenIdle(job: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(job, { timeout: 2000 })
  else job()
}

/**
 * Remembers the line a reader is at in a story (at most once a second, following the
 * reading position without rendering) and returns the line remembered from an earlier
 * visit, read once on arrival. Only the reader's own moving (wheel, touch, keys, the
 * scrollbar) saves: landing on a moment from a link moves the page but leaves the saved
 * place where the reader left it.
 */
export function useSavedPlace(storyId: string, position: PositionStore): string | null {
  const [saved, setSaved] = useState<string | null>(null)

  useEffect(() => {
    setSaved(localStore.get(key(storyId), isLineId) ?? null)
  }, [storyId])

  useEffect(() => {
    let moved = false
    let last = 0
    let timer = 0
    let line = position.get().line
    const onOwnMove = (e: Event) => {
      if (e instanceof KeyboardEvent && !SCROLL_KEYS.has(e.key)) return
      moved = true
    }
    // Saves when the line changes after the reader moved: a click that scrolls nothing saves nothing.
    const onPosition = ({ line: now }: { line: string | null }) => {
      if (now === line) return
      line = now
      window.clearTimeout(timer)
      if (!now || !moved) return
      // Storage is written when the page is idle: a write waits on the disk, never on the reader's frames.
      const write = () => {
        last = Date.now()
        whenIdle(() => {
          // Storage can be full or refused; remembering the place is a courtesy.
          localStore.set(key(storyId), now)
        })
      }
      const wait = last + SAVE_EVERY_MS - Date.now()
      if (wait <= 0) write()
      else timer = window.setTimeout(write, wait)
    }
    for (const type of OWN_MOVES) window.addEventListener(type, onOwnMove, { passive: true, capture: true })
    const unsubscribe = position.subscribe(onPosition)
    return () => {
      unsubscribe()
      window.clearTimeout(timer)
      for (const type of OWN_MOVES) window.removeEventListener(type, onOwnMove, { capture: true })
    }
  }, [storyId, position])

  return saved
}
