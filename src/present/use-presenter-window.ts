import { useState } from 'react'
import type { Place } from '../links/links'
import { absoluteLink } from '../links/use-location-state'

/**
 * The ONLY opener of the presenter window, for `place` in the deck `deckId` (one window a
 * deck, reused). `blocked` holds the window's address when the browser refused it, for a
 * link the presenter can follow instead; `dismiss` hides that notice.
 */
export function usePresenterWindow(deckId: string, place: Place): { blocked: string | null; open: () => void; dismiss: () => void } {
  const [blocked, setBlocked] = useState<string | null>(null)
  const open = () => {
    const url = absoluteLink(place, '?presenter')
    // Called straight from the key press or click, so that popup blockers allow it.
    const win = window.open(url, `chosen-presenter-${deckId}`, 'popup,width=1100,height=720')
    setBlocked(win ? null : url)
  }
  return { blocked, open, dismiss: () => setBlocked(null) }
}
