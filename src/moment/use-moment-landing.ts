import { useEffect } from 'react'
import type { RevealHandle } from '../reveal/use-line-reveal'
import { READING_LINE } from '../reveal/use-reading-position'

const HIGHLIGHT_MS = 2600

/**
 * Lands on a moment: shows the target and everything before it (no replaying of the
 * reveals above), scrolls it into view, highlights it briefly and moves focus to it so
 * that a screen reader starts there. Runs whenever `domId` changes (a link, `#anchor`, back/forward).
 */
export function useMomentLanding(domId: string | undefined, reveal: RevealHandle, behavior: 'auto' | 'smooth' = 'auto'): void {
  useEffect(() => {
    if (!domId) return
    const el = document.getElementById(domId)
    if (!el) return
    reveal.showThrough(el)
    const smooth = behavior === 'smooth' && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    // Put the moment where the reader's eye rests, so that "where you are" (for sharing and
    // switching views) is the moment itself, not the paragraph above it.
    const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * READING_LINE + 8
    window.scrollTo?.({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' })
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
    el.focus({ preventScroll: true })
    el.classList.add('is-target')
    const timer = window.setTimeout(() => el.classList.remove('is-target'), HIGHLIGHT_MS)
    return () => {
      window.clearTimeout(timer)
      el.classList.remove('is-target')
    }
  }, [domId, reveal, behavior])
}
