import { useEffect, useRef, useState, type RefObject } from 'react'
import { READING_LINE } from './para-box'
import { createPositionStore, type PositionStore, type ReadingPosition } from './reading-position'

export { READING_LINE }
export type { PositionStore, ReadingPosition }

/**
 * The reading position over the story under `rootRef` (see `createPositionStore`),
 * followed while mounted. The store is one object for the view's life, and reading it
 * renders nothing: use `usePositionEffect` to write what follows it to the page.
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
