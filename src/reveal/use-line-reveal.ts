import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { animate } from 'framer-motion/dom/mini'
import { observe } from 'react-intersection-observer'
import type { Pace } from '../prefs/prefs'
import { lineDelays } from './reveal-schedule'

/** The reading zone ends this far above the viewport's bottom: lines arrive as they cross it. */
const ZONE_MARGIN = '0px 0px -12% 0px'
/** Scrolling faster than this many viewports a second skips the show. */
const FAST_SCROLL = 2.2
/** Triggers in the first moments after load (scroll restoration) show at once. */
const SETTLE_MS = 600
const LINE_SECONDS = 0.85

type Controls = ReturnType<typeof animate>

/** What a view can ask of the reveals. */
export interface RevealHandle {
  /** Shows at once every paragraph that starts at or above `el`, in every column. */
  showThrough: (el: Element) => void
}

/**
 * The one place that turns "in view" into "revealed". Paragraphs (`[data-para]`, grouped
 * into columns by `data-flow`) under `rootRef` are hidden only once this runs, so the
 * server HTML shows everything; a paragraph's lines then arrive one by one, paced by
 * `lineDelays`, when it reaches the reading zone. "Shown" only ever grows: whatever is
 * scrolled past, jumped to, restored, or above a shown paragraph is shown at once, and
 * resizing never hides anything. Pace "off" or reduced motion shows everything.
 */
export function useLineReveal(rootRef: RefObject<HTMLElement | null>, pace: Pace): RevealHandle {
  const showRef = useRef<(el: Element) => void>(() => {})

  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
    if (pace === 'off' || reduced || typeof root.animate !== 'function') {
      root.dataset.reveal = 'all'
      showRef.current = () => {}
      return
    }

    const paras = Array.from(root.querySelectorAll<HTMLElement>('[data-para]'))
    const flows = new Map<string, HTMLElement[]>()
    for (const p of paras) {
      const flow = p.dataset.flow ?? ''
      const list = flows.get(flow)
      if (list) list.push(p)
      else flows.set(flow, [p])
    }
    const running = new Map<HTMLElement, Controls>()
    const settleUntil = performance.now() + SETTLE_MS
    let lastY = window.scrollY
    let lastT = performance.now()
    let speed = 0

    const showNow = (p: HTMLElement) => {
      running.get(p)?.complete()
      if (p.dataset.shown !== undefined) return
      p.dataset.shown = 'now'
    }
    const showEarlier = (p: HTMLElement) => {
      const flow = flows.get(p.dataset.flow ?? '') ?? []
      for (const q of flow) {
        if (q === p) break
        showNow(q)
      }
    }
    const play = (p: HTMLElement) => {
      showEarlier(p)
      if (p.dataset.shown !== undefined) return
      if (performance.now() < settleUntil || speed > FAST_SCROLL * window.innerHeight) return showNow(p)
      const lines = Array.from(p.querySelectorAll<HTMLElement>('.line'))
      const delays = lineDelays(lines.map((l) => Number(l.dataset.words ?? 0)), pace, p.dataset.opensBeat !== undefined)
      p.dataset.shown = 'paced'
      if (lines.length === 0) return
      const controls = animate(
        lines,
        { opacity: [0, 1] },
        { duration: LINE_SECONDS, delay: (i: number) => delays[i] ?? 0, ease: [0.22, 0.61, 0.36, 1] },
      )
      running.set(p, controls)
      void controls.finished.then(() => {
        running.delete(p)
        // Leave no animation state behind: the CSS for [data-shown] is the resting state.
        // (Lines are inline text, so opacity is what animates: transforms don't apply to inline boxes.)
        for (const l of lines) l.style.removeProperty('opacity')
      })
    }

    const zoneBottom = window.innerHeight * 0.88
    for (const p of paras) if (p.getBoundingClientRect().top < zoneBottom) p.dataset.shown = 'now'
    root.dataset.reveal = 'paced'

    const onScroll = () => {
      const now = performance.now()
      const dt = Math.max(16, now - lastT)
      speed = speed * 0.5 + ((Math.abs(window.scrollY - lastY) * 1000) / dt) * 0.5
      lastY = window.scrollY
      lastT = now
    }
    window.addEventListener('scroll', onScroll, { passive: true })

    const stops = paras
      .filter((p) => p.dataset.shown === undefined)
      .map((p) =>
        observe(
          p,
          (inView, entry) => {
            if (inView) play(p)
            else if (entry.boundingClientRect.bottom <= (entry.rootBounds?.top ?? 0)) {
              showEarlier(p)
              showNow(p)
            }
          },
          { rootMargin: ZONE_MARGIN, threshold: 0 },
        ),
      )

    showRef.current = (el: Element) => {
      const limit = el.getBoundingClientRect().bottom
      for (const p of paras) if (p.getBoundingClientRect().top <= limit) showNow(p)
    }

    return () => {
      window.removeEventListener('scroll', onScroll)
      for (const stop of stops) stop()
      for (const c of running.values()) c.complete()
      running.clear()
      showRef.current = () => {}
    }
  }, [rootRef, pace])

  const showThrough = useCallback((el: Element) => showRef.current(el), [])
  return { showThrough }
}
