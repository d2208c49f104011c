import { useEffect, type RefObject } from 'react'
import type { RevealHandle } from '../reveal/use-line-reveal'

/**
 * Moves to the next or previous beat (`[data-beat]` under `rootRef`): shows it at once,
 * scrolls it to the top and puts focus on its heading. Returns false at either end.
 */
export function jumpBeat(root: HTMLElement, direction: 1 | -1, reveal: RevealHandle): boolean {
  const beats = Array.from(root.querySelectorAll<HTMLElement>('[data-beat]'))
  // A beat counts as reached once it sits where scrolling to it puts it: under the page's
  // scroll padding (the toolbar) and its own scroll margin.
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  const offsets = beats.map((b) => b.getBoundingClientRect().top - padding - (parseFloat(getComputedStyle(b).scrollMarginTop) || 0))
  const index = direction > 0 ? offsets.findIndex((t) => t > 8) : offsets.findLastIndex((t) => t < -8)
  const target = beats[index]
  if (!target) return false
  reveal.showThrough(target.querySelector('[data-line]') ?? target)
  const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' })
  const heading = target.querySelector<HTMLElement>('h2') ?? target
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: true })
  return true
}

/**
 * The single-key beat shortcuts of a reading view: J or N for the next beat, K or P for
 * the previous one. Ignored while typing or with a modifier held, and off when the
 * reader has switched single-key shortcuts off.
 */
export function useBeatKeys(rootRef: RefObject<HTMLElement | null>, reveal: RevealHandle, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const onDocumentKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return
      const t = e.target as HTMLElement | null
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return
      const key = e.key.toLowerCase()
      const direction = key === 'j' || key === 'n' ? 1 : key === 'k' || key === 'p' ? -1 : 0
      const root = rootRef.current
      if (!direction || !root) return
      e.preventDefault()
      jumpBeat(root, direction, reveal)
    }
    document.addEventListener('keydown', onDocumentKeyDown)
    return () => document.removeEventListener('keydown', onDocumentKeyDown)
  }, [rootRef, reveal, enabled])
}
