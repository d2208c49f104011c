import { useEffect, useMemo, useRef, type RefObject } from 'react'
import type { Pace } from '../prefs/prefs'
import { createRevealController, type RevealController, type RevealHandle } from './reveal-controller'

export type { RevealHandle } from './reveal-controller'

/**
 * The reveals of the story under `rootRef` (see `createRevealController`), bound while
 * mounted and rebound when the pace changes. The handle is stable across renders.
 */
export function useLineReveal(rootRef: RefObject<HTMLElement | null>, pace: Pace): RevealHandle {
  const controller = useRef<RevealController | null>(null)

  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const c = createRevealController(root, { pace })
    controller.current = c
    c.bind()
    return () => {
      c.unbind()
      controller.current = null
    }
  }, [rootRef, pace])

  // One handle for the life of the view: effects that take it (the moment landing) must not
  // run again on every render, or each re-render would land on the moment again.
  return useMemo(() => ({ showThrough: (el: Element) => controller.current?.showThrough(el) }), [])
}
