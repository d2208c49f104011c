/** Word counting and comparison, shared by the parser, the pacing and the fidelity checks. */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/** The words of `text`, lower-cased, with curly apostrophes made straight. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"))
}

/** How many words `text` has (0 for punctuation only). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0
}

/** True when the words of `needle` occur, in order and adjacent, in `haystack`. */
export function containsWords(haystack: string, needle: string): boolean {
  const h = wordsOf(haystack).join(' ')
  const n = wordsOf(needle).join(' ')
  return n.length > 0 && ` ${h} `.includes(` ${n} `)
}

/** Average silent reading speed for prose, in words per minute (Brysbaert 2019: 238). */
export const READING_WPM = 238

/** Whole minutes to read `words` at `wpm`, at least 1. */
export function readingMinutes(words: number, wpm = READING_WPM): number {
  return Math.max(1, Math.round(words / wpm))
}

/**
 * `n` with a comma between each group of three digits, as English writes counts ("1,377").
 * Not `toLocaleString('en')`: its first call loads the locale's data, a long task of its own
 * while the page hydrates on a slow phone, for what one regular expression does.
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
