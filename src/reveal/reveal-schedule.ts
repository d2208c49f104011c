import type { Pace } from '../prefs/prefs'

/** Reading speed of each pace, in words per minute (off: no pacing at all). */
export const PACE_WPM: Readonly<Record<Exclude<Pace, 'off'>, number>> = { slow: 170, natural: 250, fast: 380 }

/** The pause before a beat's first line, in seconds: the breath between moments. */
export const BEAT_BREATH = 0.9
/** A line never waits less than this after the one before (seconds)… */
export const MIN_GAP = 0.45
/** …nor more: the reader is never made to wait long, whatever a line's length. */
export const MAX_GAP = 4.5

/** Seconds a line of `words` words takes to read at `pace`, kept within [MIN_GAP, MAX_GAP]. */
export function readingGap(words: number, pace: Pace): number {
  if (pace === 'off') return 0
  return Math.min(MAX_GAP, Math.max(MIN_GAP, (words * 60) / PACE_WPM[pace]))
}

/**
 * Delay of each line of a paragraph, from the moment the paragraph reaches the reading
 * zone: the first line at once (after a breath when it opens a beat), each next one after
 * the reading time of the one before. With pace "off" every delay is 0.
 */
export function lineDelays(words: readonly number[], pace: Pace, opensBeat = false): number[] {
  if (pace === 'off') return words.map(() => 0)
  const delays: number[] = []
  let at = opensBeat ? BEAT_BREATH : 0
  for (const w of words) {
    delays.push(round(at))
    at += readingGap(w, pace)
  }
  return delays
}

const round = (s: number) => Math.round(s * 1000) / 1000
