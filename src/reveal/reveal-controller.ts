import { observe } from 'react-intersection-observer'
import type { Pace } from '../prefs/prefs'
import { READING_LINE, boxAt, paraBox, readingColumns } from './para-box'
import { cancelFrame, requestFrame, type FrameJob } from './frame'
import { partitionPoint } from './partition'
import { createSpeedometer } from './scroll-speed'
import { createVoice, fadeInk, type Fade, type Voice } from './voice-queue'

/** The reading zone ends this far above the viewport's bottom: lines arrive as they cross it. */
const ZONE_MARGIN = '0px 0px -12% 0px'
/** Scrolling faster than this many viewports a second skips the show... */
const FAST_SCROLL = 2.2
/** ...measured over this long (ms): a flick's wheel steps and a reader's screenful apart. */
const SPEED_WINDOW_MS = 500
/** Triggers in the first moments after load (scroll restoration) show at once. */
const SETTLE_MS = 600
/** Paragraphs are hidden (armed) only this many viewports ahead: cost stays flat at any length. */
const ARM_AHEAD = 2
/**
 * ...and at most this many in one frame: a run of paragraphs the browser skips answers for
 * all of them with its own box, so a whole stretch (over a hundred at 1,000×) comes within
 * reach at once; arming it in one frame was a frame pass of 37 ms at 4×. The rest follow
 * in the next frames.
 */
const ARM_PER_FRAME = 16
/** Likewise, what a flick has carried above the screen is shown at most this many a frame (it is out of sight). */
const PASS_PER_FRAME = 32

export type { Fade }

/** What a view can ask of the reveals. */
export interface RevealHandle {
  /** Shows at once every paragraph that starts at or above `el`, in every column. */
  showThrough: (el: Element) => void
}

/** The reveals of one story view, with the lifecycle of reveal.js's controllers. */
export interface RevealController extends RevealHandle {
  /** Hides what is coming and starts following the reader; idempotent. */
  bind: () => void
  /** Stops following, finishes every running fade and leaves nothing hidden; idempotent. */
  unbind: () => void
}

export interface RevealOptions {
  readonly pace: Pace
  /** Triggers this soon after binding (scroll restoration) show at once. */
  readonly settleMs?: number
  /** Fades a line's ink in after `delay` seconds (tests pass a recorder). */
  readonly fade?: (line: HTMLElement, delay: number) => Fade
}

/** One reading column: its paragraphs top to bottom; those before `next` are all shown. */
interface Flow {
  readonly paras: HTMLElement[]
  next: number
  armedTo: number
  /** The voice this column speaks with (columns stacked on one another share one). */
  voice: Voice
}

/**
 * The one place that turns "in view" into "revealed", for the story under `root`.
 * Paragraphs (`[data-para]`, grouped into columns by `data-flow`) are hidden only once
 * bound, so the server HTML shows everything; a paragraph's lines then arrive one by one,
 * paced by `lineDelays`, when it reaches the reading zone, and each column is one voice: a
 * paragraph waits until the lines above it have arrived (see voice-queue.ts). "Shown" only
 * ever grows, and is always a column's first paragraphs: whatever is scrolled past, jumped
 * to, restored, or above a shown paragraph is shown at once, and resizing never hides
 * anything. Only paragraphs up to ARM_AHEAD viewports below the screen are hidden and
 * observed, so a story 100 times as long costs the same per frame. Pace "off" or reduced
 * motion shows everything.
 */
export function createRevealController(root: HTMLElement, options: RevealOptions): RevealController {
  const fade = options.fade ?? fadeInk
  const flows: Flow[] = []
  const place = new Map<HTMLElement, Flow>()
  const indexOf = new Map<HTMLElement, number>()
  const watching = new Map<HTMLElement, () => void>()
  const arriving = new Set<HTMLElement>()
  let bound = false
  let settleUntil = 0
  let speedAt = createSpeedometer(SPEED_WINDOW_MS)
  let speed = 0
  let settleTimer = 0
  /** Whether the page moves too fast to read (as of the last frame): the show is skipped. */
  const isFlicked = () => speed > FAST_SCROLL * window.innerHeight
  const newVoice = () => createVoice({ pace: options.pace, fade, said: (p) => mark(p, 'paced') })

  const mark = (p: HTMLElement, how: 'now' | 'paced') => {
    p.dataset.shown = how
    delete p.dataset.queued
    watching.get(p)?.()
    watching.delete(p)
  }
  const showNow = (p: HTMLElement) => {
    if (p.dataset.shown === undefined) mark(p, 'now')
    // A voice whose paragraph was shown at once (scrolled past, jumped over) is free for the next.
    place.get(p)?.voice.release(p)
  }
  /**
   * Shows the column's paragraphs up to and including `index` at once — those that have not
   * reached the zone; those that have are their voice's to say (or to overtake).
   */
  const showThroughIndex = (flow: Flow, index: number) => {
    for (; flow.next <= index && flow.next < flow.paras.length; flow.next++) {
      const p = flow.paras[flow.next]
      if (p && p.dataset.shown === undefined && p.dataset.queued === undefined) showNow(p)
    }
  }
  /**
   * Hides `p` and watches for it to reach the reading zone. The observer only notes what
   * arrived: the arrivals are played in the next frame's write phase, after every reading
   * of the page, so no observer callback changes the page (and no read forces a layout).
   */
  const arm = (p: HTMLElement) => {
    p.dataset.armed = ''
    watching.set(
      p,
      observe(
        p,
        (inView) => {
          // Only arrivals: what is scrolled past is sync's to show (a paragraph in a run the
          // browser skips reports an empty box here, as if it were past).
          if (inView) arriving.add(p)
          requestFrame(sync)
        },
        { rootMargin: ZONE_MARGIN, threshold: 0 },
      ),
    )
  }
  /** The first paragraph of a column not yet shown nor waiting for its voice. */
  const firstOpen = (flow: Flow) => {
    for (let p = flow.paras[flow.next]; p && (p.dataset.shown !== undefined || p.dataset.queued !== undefined); p = flow.paras[flow.next]) flow.next++
    return flow.next
  }
  /**
   * Paragraphs that reached the zone since the last frame are played together, in document
   * order, so two entering at once are spoken one after the other.
   */
  const playArrivals = () => {
    if (!arriving.size) return
    const batch = [...arriving].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    arriving.clear()
    for (const p of batch) play(p)
    // What the voices now hold is checked against the reader's eye in the next frame.
    requestFrame(sync)
  }
  /** A paragraph reached the zone: it waits for its voice (or shows at once, early on or when flicked). */
  const play = (p: HTMLElement) => {
    const flow = place.get(p)
    const index = indexOf.get(p)
    if (!flow || index === undefined || p.dataset.shown !== undefined || p.dataset.queued !== undefined) return
    showThroughIndex(flow, index - 1)
    if (performance.now() < settleUntil || isFlicked()) return showNow(p)
    // It has arrived: no need to watch it any more; it stays hidden until its voice says it.
    watching.get(p)?.()
    watching.delete(p)
    flow.voice.enqueue(p)
  }
  /** Shows `paras` of a voice at once (taking the waiting ones out of its queue first, so none starts meanwhile). */
  const showInVoice = (voice: Voice, paras: readonly HTMLElement[]) => {
    voice.drop(paras)
    for (const p of paras) showNow(p)
  }
  /**
   * After a scroll, a resize or an arrival, once a frame. Reads: how fast the page moves,
   * what now ends above the screen (jumped over), what the reader's eye has reached, and
   * where the paragraphs up to ARM_AHEAD screens ahead are. Then writes: plays the
   * arrivals, shows what was passed or reached, and hides and watches what is coming (a paragraph already on screen is kept, never hidden:
   * the reader may be reading it).
   */
  const sync: FrameJob = () => {
    if (!bound) return
    const screen = window.innerHeight
    const eye = screen * READING_LINE
    const now = performance.now()
    // How fast the page moves (read here: scrollY asks for layout).
    speed = speedAt(now, window.scrollY)
    const reached = [...voices()].map((voice) => [voice, voice.overtaken(eye, now)] as const)
    // A flick hides nothing new: whatever it brings to the zone would be shown at once, so it
    // looks no further than the screen (what is on it is shown), which keeps its frames light.
    // What is ahead is hidden in the first frame after the page slows down.
    const flicked = isFlicked()
    const plans = flows.map((flow) => {
      const passed = partitionPoint(flow.paras.length, (i) => boxAt(flow.paras, i).bottom <= 0)
      const from = Math.max(flow.armedTo, firstOpen(flow))
      const tops: number[] = []
      let more = false
      for (let i = from; i < flow.paras.length; i++) {
        const top = boxAt(flow.paras, i).top
        if (top > screen * (1 + ARM_AHEAD) || (flicked && top >= screen)) break
        if ((more = tops.length === ARM_PER_FRAME)) break
        tops.push(top)
      }
      return { flow, passed, from, tops, more }
    })
    return () => {
      playArrivals()
      for (const [voice, paras] of reached) if (paras.length) showInVoice(voice, paras)
      for (const plan of plans) {
        const { flow, passed, from, tops } = plan
        if (passed - flow.next > PASS_PER_FRAME) plan.more = true
        showThroughIndex(flow, Math.min(passed, flow.next + PASS_PER_FRAME) - 1)
        tops.forEach((top, k) => {
          const i = from + k
          const p = flow.paras[i]
          if (!p || p.dataset.shown !== undefined || p.dataset.armed !== undefined) return
          if (top < screen) showThroughIndex(flow, i)
          else arm(p)
        })
        flow.armedTo = Math.max(flow.armedTo, from + tops.length)
      }
      if (plans.some((plan) => plan.more)) requestFrame(sync)
    }
  }
  // Nothing is read or written here: the frame does both, once however many events come.
  const onWindowScroll = () => requestFrame(sync)

  const voices = () => new Set(flows.map((f) => f.voice))
  /** Columns whose first paragraphs start at the same x (stacked, as on a phone) share one voice. */
  const assignVoices = () => {
    const byLeft = new Map<number, Voice>()
    for (const flow of flows) {
      const first = flow.paras[0]
      const left = first ? Math.round(paraBox(first).left / 8) : 0
      let voice = byLeft.get(left)
      if (!voice) byLeft.set(left, (voice = newVoice()))
      flow.voice = voice
    }
  }

  /**
   * The first pass, in the frame after binding: which columns share a voice, what is on
   * screen (kept) and what is coming (hidden and watched). Not in `bind` itself: it is called
   * from the effects of hydration's commit, where the first read of the page's geometry would
   * lay out the page then and there (a forced reflow, in the longest task of a page's start),
   * while the frame pass reads it once it is drawn. Until then everything shows, as the
   * server rendered it.
   */
  const start: FrameJob = () => {
    if (!bound) return
    assignVoices()
    speedAt = createSpeedometer(SPEED_WINDOW_MS)
    const write = sync()
    return () => {
      write?.()
      root.dataset.reveal = 'paced'
    }
  }

  return {
    bind() {
      if (bound) return
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
      if (options.pace === 'off' || reduced || (!options.fade && typeof root.animate !== 'function')) {
        root.dataset.reveal = 'all'
        return
      }
      bound = true
      for (const paras of readingColumns(root)) {
        const flow: Flow = { paras, next: 0, armedTo: 0, voice: newVoice() }
        flows.push(flow)
        paras.forEach((p, index) => {
          place.set(p, flow)
          indexOf.set(p, index)
        })
      }
      settleUntil = performance.now() + (options.settleMs ?? SETTLE_MS)
      requestFrame(start)
      // Said on the element for whoever needs to know that arrivals are paced from now on (the browser tests).
      settleTimer = window.setTimeout(() => (root.dataset.settled = ''), options.settleMs ?? SETTLE_MS)
      window.addEventListener('scroll', onWindowScroll, { passive: true })
      window.addEventListener('resize', onWindowScroll)
    },
    unbind() {
      if (!bound) return
      bound = false
      window.removeEventListener('scroll', onWindowScroll)
      window.removeEventListener('resize', onWindowScroll)
      cancelFrame(start)
      cancelFrame(sync)
      window.clearTimeout(settleTimer)
      for (const stop of watching.values()) stop()
      watching.clear()
      arriving.clear()
      // Whatever was still waiting for its voice is shown: unbinding never leaves text hidden.
      for (const voice of voices()) for (const p of voice.stop()) mark(p, 'now')
      flows.length = 0
      place.clear()
      indexOf.clear()
    },
    showThrough(el: Element) {
      if (!bound) return
      const limit = el.getBoundingClientRect().bottom
      // Lines still arriving or waiting above the moment are shown too: the reader has jumped past them.
      for (const voice of voices()) {
        showInVoice(
          voice,
          voice.held().filter((p) => paraBox(p).top <= limit),
        )
      }
      for (const flow of flows) showThroughIndex(flow, partitionPoint(flow.paras.length, (i) => boxAt(flow.paras, i).top <= limit) - 1)
      requestFrame(sync)
    },
  }
}
