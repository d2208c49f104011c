import { cancelFrame, requestFrame, type FrameJob } from '../reveal/frame'

/** How often an element follows the scroll. */
export interface ScrolledPace {
  /** At most one change this often (ms) while the page moves. */
  readonly everyMs: number
  /** Changes only once the page has been still this long (ms). */
  readonly stillMs: number
}

/**
 * Ten times a second, while the page moves: for something small that should be seen to
 * move with it (the progress bar, a layer of its own). A value changed in every frame, as
 * a scroll-driven animation does, restyles on the main thread in every frame of a scroll,
 * and that is what makes a flick drop frames.
 */
export const LIVE: ScrolledPace = { everyMs: 100, stillMs: 0 }
/**
 * Once the page is still: for something large and slow (the fire). It is then painted
 * again once, not in the frames of a scroll; as a layer of its own, moved instead, it would
 * be composited in every frame, which costs more.
 */
export const AT_REST: ScrolledPace = { everyMs: 0, stillMs: 200 }

interface Target {
  readonly pace: ScrolledPace
  written: string
  writtenAt: number
}

const targets = new Map<HTMLElement, Target>()
let movedAt = -Infinity
/** The page's height changes without a scroll (runs of paragraphs laid out, a font arriving). */
let resized: ResizeObserver | null = null
let later = 0
let laterAt = Infinity

/** How far the page is scrolled, 0 at the top to 1 at the bottom, in thousandths. */
const share = (): string => {
  const room = document.documentElement.scrollHeight - window.innerHeight
  const s = room > 0 ? Math.min(1, Math.max(0, window.scrollY / room)) : 0
  return String(Math.round(s * 1000) / 1000)
}

/** Measures once the wait until `at` (ms, page clock) is over; one timer for every target. */
const measureAt = (at: number) => {
  if (later && laterAt <= at) return
  window.clearTimeout(later)
  laterAt = at
  later = window.setTimeout(
    () => {
      later = 0
      laterAt = Infinity
      requestFrame(measure)
    },
    Math.max(0, at - performance.now()),
  )
}

/** Read in the frame pass (the page is laid out then); each target written when its pace allows. */
const measure: FrameJob = () => {
  const value = share()
  const now = performance.now()
  const due: [HTMLElement, Target][] = []
  for (const [el, t] of targets) {
    if (t.written === value) continue
    const at = Math.max(t.writtenAt + t.pace.everyMs, movedAt + t.pace.stillMs)
    // The last position is always written: the wait ends with a fresh measure.
    if (at <= now) due.push([el, t])
    else measureAt(at)
  }
  if (!due.length) return
  return () => {
    for (const [el, t] of due) {
      t.written = value
      t.writtenAt = now
      el.style.setProperty('--scrolled', value)
    }
  }
}

const onMove = () => {
  movedAt = performance.now()
  requestFrame(measure)
}

/**
 * Keeps `--scrolled` on `el` (0 to 1, how far the page is scrolled) for CSS to follow, at
 * `pace`, until the returned (idempotent) stop is called. One listener serves every element.
 */
export function followScrolled(el: HTMLElement, pace: ScrolledPace = LIVE): () => void {
  if (!targets.size) {
    window.addEventListener('scroll', onMove, { passive: true })
    window.addEventListener('resize', onMove)
    if (typeof ResizeObserver === 'function') {
      resized = new ResizeObserver(() => requestFrame(measure))
      resized.observe(document.documentElement)
    }
  }
  targets.set(el, { pace, written: '', writtenAt: -Infinity })
  // Measured in the frame pass, not here: this runs in hydration's effects, where reading the page's height would lay it out then and there.
  requestFrame(measure)
  return () => {
    if (!targets.delete(el) || targets.size) return
    window.removeEventListener('scroll', onMove)
    window.removeEventListener('resize', onMove)
    resized?.disconnect()
    resized = null
    cancelFrame(measure)
    window.clearTimeout(later)
    later = 0
    laterAt = Infinity
    movedAt = -Infinity
  }
}
