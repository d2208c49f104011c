import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { animate } from 'framer-motion/dom/mini'
import { observe } from 'react-intersection-observer'
import type { Pace } from '../prefs/prefs'
import { boxAt, paraBox, readingColumns } from './para-box'
import { partitionPoint } from './partition'
import { lineDelays } from './reveal-schedule'

/** The reading zone ends this far above the viewport's bottom: lines arrive as they cross it. */
const ZONE_MARGIN = '0px 0px -12% 0px'
/** Scrolling faster than this many viewports a second skips the show. */
const FAST_SCROLL = 2.2
/** Triggers in the first moments after load (scroll restoration) show at once. */
const SETTLE_MS = 600
const LINE_SECONDS = 0.85

/** What a paragraph's running reveal offers: finish now, or wait for it. */
interface Controls {
  complete: () => void
  finished: Promise<unknown>
}

/** What a view can ask of the reveals. */
export interface RevealHandle {
  /** Shows at once every paragraph that starts at or above `el`, in every column. */
  showThrough: (el: Element) => void
}

/** Paragraphs are hidden (armed) only this many viewports ahead: cost stays flat at any length. */
const ARM_AHEAD = 2

/** One reading column: its paragraphs top to bottom; those before `next` are all shown. */
interface Flow {
  readonly paras: HTMLElement[]
  next: number
  armedTo: number
}

/**
 * The one place that turns "in view" into "revealed". Paragraphs (`[data-para]`, grouped
 * into columns by `data-flow`) under `rootRef` are hidden only once this runs, so the
 * server HTML shows everything; a paragraph's lines then arrive one by one, paced by
 * `lineDelays`, when it reaches the reading zone. "Shown" only ever grows, and is always
 * a column's first paragraphs: whatever is scrolled past, jumped to, restored, or above a
 * shown paragraph is shown at once, and resizing never hides anything. Only paragraphs
 * up to ARM_AHEAD viewports below the screen are hidden and observed (a paragraph already
 * on screen when its turn comes is shown, never hidden), so a story 100 times as long costs
 * the same per frame. Pace "off" or reduced motion shows everything.
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

    const flows: Flow[] = []
    const place = new Map<HTMLElement, { flow: Flow; index: number }>()
    for (const paras of readingColumns(root)) {
      const flow = { paras, next: 0, armedTo: 0 }
      flows.push(flow)
      paras.forEach((p, index) => place.set(p, { flow, index }))
    }
    const running = new Map<HTMLElement, Controls>()
    const watching = new Map<HTMLElement, () => void>()
    const settleUntil = performance.now() + SETTLE_MS
    let lastY = window.scrollY
    let lastT = performance.now()
    let speed = 0

    const mark = (p: HTMLElement, how: 'now' | 'paced') => {
      p.dataset.shown = how
      watching.get(p)?.()
      watching.delete(p)
    }
    const showNow = (p: HTMLElement) => {
      running.get(p)?.complete()
      if (p.dataset.shown === undefined) mark(p, 'now')
    }
    /** Shows the column's paragraphs up to and including `index` at once. */
    const showThroughIndex = (flow: Flow, index: number) => {
      for (; flow.next <= index && flow.next < flow.paras.length; flow.next++) {
        const p = flow.paras[flow.next]
        if (p) showNow(p)
      }
    }
    /** Moves past what is shown, then hides and watches what is coming, ARM_AHEAD screens ahead. */
    const advance = (flow: Flow) => {
      while (flow.paras[flow.next]?.dataset.shown !== undefined) flow.next++
      const screen = window.innerHeight
      let i = Math.max(flow.armedTo, flow.next)
      for (; i < flow.paras.length; i++) {
        const p = flow.paras[i]
        if (!p) break
        const top = paraBox(p).top
        if (top > screen * (1 + ARM_AHEAD)) break
        // On screen (or above it) and never hidden: the reader may be reading it. Keep it.
        if (top < screen) {
          showThroughIndex(flow, i)
          continue
        }
        p.dataset.armed = ''
        watching.set(
          p,
          observe(
            p,
            (inView) => {
              // Only arrivals: what is scrolled past is sync()'s to show (a paragraph in a
              // run the browser skips reports an empty box here, as if it were past).
              if (inView) play(p)
              advance(flow)
            },
            { rootMargin: ZONE_MARGIN, threshold: 0 },
          ),
        )
      }
      flow.armedTo = i
    }
    const play = (p: HTMLElement) => {
      const at = place.get(p)
      if (!at || p.dataset.shown !== undefined) return
      showThroughIndex(at.flow, at.index - 1)
      if (performance.now() < settleUntil || speed > FAST_SCROLL * window.innerHeight) return showNow(p)
      const lines = Array.from(p.querySelectorAll<HTMLElement>('.line'))
      const delays = lineDelays(lines.map((l) => Number(l.dataset.words ?? 0)), pace, p.dataset.opensBeat !== undefined)
      mark(p, 'paced')
      if (lines.length === 0) return
      // The ink fades in, not the opacity: an inline box with opacity below 1 gets a paint
      // layer of its own, and adding or dropping one relays out the whole story. Read the
      // resting colours now (the line is no longer hidden), and fade from transparent to
      // them; nothing paints in between, and fill holds each line clear until its turn.
      const controls = lines.map((line, i) => {
        const rest = getComputedStyle(line)
        return animate(
          line,
          { color: ['rgba(0, 0, 0, 0)', rest.color], textDecorationColor: ['rgba(0, 0, 0, 0)', rest.textDecorationColor] },
          { duration: LINE_SECONDS, delay: delays[i] ?? 0, ease: [0.22, 0.61, 0.36, 1] },
        )
      })
      const all = { complete: () => controls.forEach((c) => c.complete()), finished: Promise.all(controls.map((c) => c.finished)) }
      running.set(p, all)
      void all.finished.then(() => {
        running.delete(p)
        // Leave no animation state behind: the stylesheet's colours are the resting state
        // (and follow a change of theme).
        for (const l of lines) {
          l.style.removeProperty('color')
          l.style.removeProperty('text-decoration-color')
        }
      })
    }
    /** After a scroll or resize: what now ends above the screen was jumped over; arm ahead again. */
    const sync = () => {
      for (const flow of flows) {
        const passed = partitionPoint(flow.paras.length, (i) => boxAt(flow.paras, i).bottom <= 0)
        showThroughIndex(flow, passed - 1)
        advance(flow)
      }
    }

    sync()
    root.dataset.reveal = 'paced'

    let frame = 0
    const onScroll = () => {
      const now = performance.now()
      const dt = Math.max(16, now - lastT)
      speed = speed * 0.5 + ((Math.abs(window.scrollY - lastY) * 1000) / dt) * 0.5
      lastY = window.scrollY
      lastT = now
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0
          sync()
        })
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)

    showRef.current = (el: Element) => {
      const limit = el.getBoundingClientRect().bottom
      for (const flow of flows) {
        showThroughIndex(flow, partitionPoint(flow.paras.length, (i) => boxAt(flow.paras, i).top <= limit) - 1)
        advance(flow)
      }
    }

    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
      if (frame) cancelAnimationFrame(frame)
      for (const stop of watching.values()) stop()
      watching.clear()
      for (const c of running.values()) c.complete()
      running.clear()
      showRef.current = () => {}
    }
  }, [rootRef, pace])

  const showThrough = useCallback((el: Element) => showRef.current(el), [])
  return { showThrough }
}
