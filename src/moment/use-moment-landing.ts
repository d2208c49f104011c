import { useEffect, useState } from 'react'
import type { RevealHandle } from '../reveal/use-line-reveal'
import { READING_LINE } from '../reveal/use-reading-position'

const HIGHLIGHT_MS = 2600
/** How long a landed moment is kept in place while what is above it settles. */
const KEEP_MS = 3000
/** What the reader does to move by themselves (a smooth landing scroll is none of these). */
const OWN_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
const CONTROLS = 'a[href], button, input, select, textarea, summary, [role="button"]'

/**
 * Lands on a moment: shows the target and everything before it (no replaying of the
 * reveals above), scrolls it into view, highlights it briefly and moves focus to it so
 * that a screen reader starts there. Runs whenever `domId` changes (a link, `#anchor`, back/forward).
 * Returns whether the moment is still held in place: until then, "where the reader is" is the
 * moment itself (what is above may be laid out anew several times and the reading position
 * pass through other beats on the way).
 */
export function useMomentLanding(domId: string | undefined, reveal: RevealHandle, behavior: 'auto' | 'smooth' = 'auto'): boolean {
  const [holding, setHolding] = useState<string | undefined>(undefined)
  useEffect(() => {
    if (!domId) return
    const el = document.getElementById(domId)
    if (!el) return
    reveal.showThrough(el)
    const smooth = behavior === 'smooth' && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    // Put the moment where the reader's eye rests, so that "where you are" (for sharing and
    // switching views) is the moment itself, not the paragraph above it.
    const land = (how: ScrollBehavior) => {
      const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * READING_LINE + 8
      window.scrollTo?.({ top: Math.max(0, top), behavior: how })
    }
    land(smooth ? 'smooth' : 'auto')
    // What is above may still change height once laid out (runs the browser skipped, a late
    // font): until the reader moves by themselves, the moment is kept where the eye rests.
    let settled = false
    setHolding(domId)
    const settle = () => {
      if (!settled) setHolding(undefined)
      settled = true
      resizes?.disconnect()
      for (const type of OWN_MOVES) window.removeEventListener(type, onOwnMove)
    }
    // Pressing a link or a button is no move through the page (the scrollbar, or the text, is).
    const onOwnMove = (e: Event) => {
      if (e.type === 'pointerdown' && e.target instanceof Element && e.target.closest(CONTROLS)) return
      settle()
    }
    // A ResizeObserver reports once as it starts observing, and that first report may already
    // carry a change (the runs near the moment laid out in the frame after the first landing):
    // landing again where nothing changed scrolls nowhere, so every report lands.
    const resizes =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            if (!settled) land('auto')
          })
    resizes?.observe(document.body)
    for (const type of OWN_MOVES) window.addEventListener(type, onOwnMove, { passive: true })
    const settleTimer = window.setTimeout(settle, KEEP_MS)
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
    el.focus({ preventScroll: true })
    el.classList.add('is-target')
    const timer = window.setTimeout(() => el.classList.remove('is-target'), HIGHLIGHT_MS)
    return () => {
      settle()
      window.clearTimeout(settleTimer)
      window.clearTimeout(timer)
      el.classList.remove('is-target')
    }
  }, [domId, reveal, behavior])
  return holding !== undefined && holding === domId
}
