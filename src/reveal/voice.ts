import type { Pace } from '../prefs/prefs'
import { BEAT_BREATH, MIN_GAP, lineDelays, readingGap } from './reveal-schedule'

/** How one paragraph is spoken: each line's delay from its start, and how long until the voice is free again (seconds). */
export interface Spoken {
  readonly delays: number[]
  readonly duration: number
}

/**
 * How a voice speaks a paragraph of lines of `words` words. Alone, at the reading pace
 * (`lineDelays`), and the voice is free once its last line has been read. When more
 * paragraphs wait behind it (`hurry`: the reader has scrolled on faster than they read,
 * though not fast enough to skip the show), each line follows the one before after the
 * shortest gap, so the voice catches up with the reader without ever speaking two
 * paragraphs at once; a beat still opens with its breath.
 */
export function speak(words: readonly number[], pace: Pace, opensBeat: boolean, hurry: boolean): Spoken {
  if (pace === 'off') return { delays: words.map(() => 0), duration: 0 }
  const delays = hurry ? words.map((_, i) => round((opensBeat ? BEAT_BREATH : 0) + i * MIN_GAP)) : lineDelays(words, pace, opensBeat)
  const last = delays[delays.length - 1]
  const lastGap = hurry ? MIN_GAP : readingGap(words[words.length - 1] ?? 0, pace)
  return { delays, duration: last === undefined ? 0 : round(last + lastGap) }
}

const round = (s: number) => Math.round(s * 1000) / 1000
