import { useEffect, useRef, type RefObject } from 'react'
import { ShareButton } from './share-button'
import { useSelectedLine } from './use-selected-line'

/**
 * Offers "Share this line" next to a selection inside the story. The offer floats at the
 * selection (placed through the CSSOM, which the Content Security Policy allows).
 */
export function SelectionShare({ rootRef, linkOf, title }: { rootRef: RefObject<HTMLElement | null>; linkOf: (lineId: string) => string; title: string }) {
  const selected = useSelectedLine(rootRef)
  const boxRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const box = boxRef.current
    if (!box || !selected) return
    box.style.top = `${selected.top}px`
    box.style.left = `${selected.left}px`
  }, [selected])

  if (!selected) return null
  return (
    // Pressing the button must not clear the selection it is about (mousedown would).
    <div ref={boxRef} className="selection-share" onMouseDown={(e) => e.preventDefault()}>
      <ShareButton link={() => linkOf(selected.lineId)} title={title} label="Share this line" />
    </div>
  )
}
