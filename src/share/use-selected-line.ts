import { useEffect, useState, type RefObject } from 'react'

/** The line a text selection is in, and where to show an offer next to it. */
export interface SelectedLine {
  readonly lineId: string
  readonly top: number
  readonly left: number
}

/**
 * Follows the text selection inside `rootRef`: when it lies within one story line (or
 * starts in one), returns that line's id and a viewport point just above the selection.
 */
export function useSelectedLine(rootRef: RefObject<HTMLElement | null>): SelectedLine | null {
  const [selected, setSelected] = useState<SelectedLine | null>(null)

  useEffect(() => {
    let frame = 0
    const read = () => {
      frame = 0
      const root = rootRef.current
      const selection = document.getSelection()
      if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return setSelected(null)
      const node = selection.anchorNode
      const el = node instanceof Element ? node : node?.parentElement
      const line = el?.closest<HTMLElement>('[data-line]')
      if (!line || !root.contains(line)) return setSelected(null)
      const rect = selection.getRangeAt(0).getBoundingClientRect()
      setSelected({
        lineId: line.dataset.line ?? '',
        top: Math.min(window.innerHeight - 56, Math.max(8, rect.top - 48)),
        left: Math.min(window.innerWidth - 180, Math.max(8, rect.left)),
      })
    }
    const onSelectionChange = () => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    document.addEventListener('selectionchange', onSelectionChange)
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange)
      if (frame) cancelAnimationFrame(frame)
    }
  }, [rootRef])

  return selected
}
