import { useEffect, type RefObject } from 'react'
import { followScrolled, LIVE, type ScrolledPace } from './scrolled'

/** Keeps `--scrolled` (0 to 1, how far the page is scrolled) on the element while mounted, at `pace`. */
export function useScrolled(ref: RefObject<HTMLElement | null>, pace: ScrolledPace = LIVE): void {
  useEffect(() => {
    const el = ref.current
    return el ? followScrolled(el, pace) : undefined
  }, [ref, pace])
}
