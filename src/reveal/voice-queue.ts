import type { Pace } from '../prefs/prefs'
import { paraBox } from './para-box'
import { speak } from './voice'

/** A line's running fade: finish it now, or wait for it. */
export interface Fade {
  complete: () => void
  finished: Promise<unknown>
}

const LINE_SECONDS = 0.85
const CLEAR = 'rgba(0, 0, 0, 0)'

/**
 * The ink fades in, not the opacity: an inline box with opacity below 1 gets a paint
 * layer of its own, and adding or dropping one relays out the whole story. One keyframe,
 * at the start: the end is the line's resting colour as the stylesheet gives it, so
 * nothing is read from the page (no forced style), the fade follows a change of theme,
 * and nothing is left behind once it ends; `backwards` holds the line clear until its turn.
 */
export function fadeInk(line: HTMLElement, delay: number): Fade {
  const a = line.animate([{ offset: 0, color: CLEAR, textDecorationColor: CLEAR }], {
    duration: LINE_SECONDS * 1000,
    delay: delay * 1000,
    easing: 'cubic-bezier(0.22, 0.61, 0.36, 1)',
    fill: 'backwards',
  })
  return { complete: () => a.finish(), finished: a.finished.catch(() => undefined) }
}

export interface VoiceOptions {
  readonly pace: Pace
  /** Fades a line's ink in after `delay` seconds. */
  readonly fade: (line: HTMLElement, delay: number) => Fade
  /** Marks a paragraph shown as its lines start arriving. */
  readonly said: (p: HTMLElement) => void
}

/**
 * One voice of a story's reveals: its paragraphs are spoken one after another, like a
 * storyteller's lines, never two at once. Paragraphs that reach the zone while it speaks
 * wait their turn (marked `data-queued`); the paragraph it says is marked shown, and its
 * lines fade in at the pace `speak` gives.
 */
export interface Voice {
  /** `p` reached the reading zone: it is said once the lines before it have arrived. */
  enqueue: (p: HTMLElement) => void
  /** `p` is shown at once (scrolled past, jumped over): its fades finish, and if the voice was saying it, the voice is free for the next. */
  release: (p: HTMLElement) => void
  /** What the voice is saying (lines still arriving) or will say, in order. */
  held: () => HTMLElement[]
  /**
   * What the reader has caught up with, in order: everything up to the last paragraph still
   * waiting for its first line when its top has reached the reader's eye (`eye`, px from
   * the viewport's top), or still arriving when the eye has passed it. The reader is never
   * kept waiting by a voice.
   */
  overtaken: (eye: number, now: number) => HTMLElement[]
  /** Takes `paras` out of the queue, so that none of them starts (they are about to be shown at once). */
  drop: (paras: readonly HTMLElement[]) => void
  /** Stops: every fade finishes, nothing more starts; returns what was still waiting (for the caller to show). */
  stop: () => HTMLElement[]
}

export function createVoice({ pace, fade, said }: VoiceOptions): Voice {
  /** When (ms, page clock) the voice has finished the paragraph it is saying. */
  let freeAt = 0
  let timer = 0
  let stopped = false
  const queue: HTMLElement[] = []
  /** Paragraphs started whose lines have not all arrived, top to bottom, with when their first line arrives (ms). */
  const speaking = new Map<HTMLElement, number>()
  const running = new Map<HTMLElement, Fade[]>()

  /** Starts the next waiting paragraph once the voice is free, and keeps going while any wait. */
  const pump = () => {
    if (timer || stopped) return
    const now = performance.now()
    if (freeAt > now) {
      timer = window.setTimeout(() => {
        timer = 0
        pump()
      }, freeAt - now)
      return
    }
    let p = queue.shift()
    while (p && p.dataset.shown !== undefined) p = queue.shift()
    if (!p) return
    delete p.dataset.queued
    const lines = Array.from(p.querySelectorAll<HTMLElement>('.line'))
    const words = lines.map((l) => Number(l.dataset.words ?? 0))
    const spoken = speak(words, pace, p.dataset.opensBeat !== undefined, queue.length > 0)
    said(p)
    freeAt = now + spoken.duration * 1000
    if (lines.length) {
      const fades = lines.map((line, i) => fade(line, spoken.delays[i] ?? 0))
      running.set(p, fades)
      speaking.set(p, now + (spoken.delays[0] ?? 0) * 1000)
      void Promise.all(fades.map((f) => f.finished)).then(() => {
        running.delete(p)
        speaking.delete(p)
      })
    }
    if (queue.length) pump()
  }

  const held = () => [...speaking.keys(), ...queue]

  return {
    enqueue(p) {
      p.dataset.queued = ''
      queue.push(p)
      pump()
    },
    release(p) {
      for (const f of running.get(p) ?? []) f.complete()
      if (!speaking.has(p)) return
      speaking.delete(p)
      freeAt = Math.min(freeAt, performance.now())
      window.clearTimeout(timer)
      timer = 0
      pump()
    },
    held,
    overtaken(eye, now) {
      const order = held()
      let through = -1
      order.forEach((p, i) => {
        const box = paraBox(p)
        const started = (speaking.get(p) ?? Infinity) <= now
        if (box.bottom <= eye || (box.top <= eye && !started)) through = i
      })
      return order.slice(0, through + 1)
    },
    drop(paras) {
      const skipped = new Set(paras)
      const waiting = queue.filter((p) => !skipped.has(p))
      queue.splice(0, queue.length, ...waiting)
    },
    stop() {
      stopped = true
      window.clearTimeout(timer)
      timer = 0
      for (const fades of running.values()) for (const f of fades) f.complete()
      running.clear()
      return queue.splice(0)
    },
  }
}
