import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import { READING_LINE } from './para-box'
import { START, createPositionStore, type PositionStore, type ReadingPosition } from './reading-position'

export { READING_LINE }
export type { PositionStore, ReadingPosition }

/**
 * The reading position over the story under `rootRef` (see `createPositionStore`),
 * followed while mounted. The store is one object for the view's life, and reading it
 * renders nothing: use `usePositionEffect` to write what follows it to the page, and
 * `usePositionValue` only for what must re-render.
 */
export function useReadingPosition(rootRef: RefObject<HTMLElement | null>): PositionStore {
  const [store] = useState(createPositionStore)
  useEffect(() => {
    const root = rootRef.current
    return root ? store.follow(root) : undefined
  }, [rootRef, store])
  return store
}

/**
 * Calls `onPosition` with the position now and after each change, outside rendering
 * (for writing progress or a link straight to the page). The latest `onPosition` is used.
 */
export function usePositionEffect(store: PositionStore, onPosition: (position: ReadingPosition) => void): void {
  const latest = useRef(onPosition)
  useEffect(() => {
    latest.current = onPosition
  })
  useEffect(() => {
    latest.current(store.get())
    return store.subscribe((position) => latest.current(position))
  }, [store])
}

/** `select(position)`, re-rendering only when that value changes (compared with `Object.is`). */
export function usePositionValue<T>(store: PositionStore, select: (position: ReadingPosition) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(START),
  )
}
