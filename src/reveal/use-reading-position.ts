import { useEffect, useState, type RefObject } from 'react'

/** Where the reader's eye rests: this far down the viewport. */
export const READING_LINE = 0.35

export interface ReadingPosition {
  /** 0 at the story's start, 1 at its end. */
  readonly progress: number
  /** The id (`data-line`) of the line at the reading line, or null before the story. */
  readonly line: string | null
  /** The id (`data-beat`) of the beat that line is in. */
  readonly beat: string | null
}

/**
 * Follows the reading position over the story under `rootRef`, at most once a frame while
 * scrolling and only re-rendering when the line or the whole percent changes.
 */
export function useReadingPosition(rootRef: RefObject<HTMLElement | null>): ReadingPosition {
  const [position, setPosition] = useState<ReadingPosition>({ progress: 0, line: null, beat: null })

  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    let frame = 0
    const measure = () => {
      frame = 0
      const rect = root.getBoundingClientRect()
      const eye = window.innerHeight * READING_LINE
      const progress = Math.min(1, Math.max(0, (eye - rect.top) / Math.max(1, rect.height)))
      const hit = lineAt(root, rect, eye)
      const line = hit?.dataset.line ?? null
      const beat = (hit ?? beatAt(root, rect, eye))?.closest<HTMLElement>('[data-beat]')?.dataset.beat ?? null
      setPosition((old) => {
        const rounded = Math.round(progress * 100) / 100
        return old.line === line && old.beat === beat && old.progress === rounded ? old : { progress: rounded, line, beat }
      })
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure)
    }
    measure()
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)
    return () => {
      if (frame) cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [rootRef])

  return position
}

/** The line under the reading line: a few hit tests, nearest first (the eye may rest between paragraphs). */
function lineAt(root: HTMLElement, rect: DOMRect, eye: number): HTMLElement | null {
  if (rect.top > eye) return null
  // Probe the first column, then (side by side) the second.
  for (const x of [rect.left + Math.min(rect.width / 2, 120), rect.left + rect.width * 0.75]) {
    for (const dy of [0, 12, -12, 28, -28, 48, -48, 80]) {
      const hit = document.elementFromPoint?.(x, eye + dy)?.closest<HTMLElement>('[data-line]')
      if (hit && root.contains(hit)) return hit
    }
  }
  return null
}

/** Whatever is under the reading line (a beat's label or a gap), to tell the beat when no line is there. */
function beatAt(root: HTMLElement, rect: DOMRect, eye: number): HTMLElement | null {
  const el = document.elementFromPoint?.(rect.left + rect.width / 2, eye) as HTMLElement | null
  return el && root.contains(el) ? el : null
}
