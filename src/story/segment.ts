import type { Span } from './story-types.ts'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * Splits a paragraph's plain text into sentences: [start, end) offsets, trimmed.
 * `Intl.Segmenter` breaks after a question or exclamation inside quotes even when the
 * sentence goes on (`“Really?” he asked.`), and after an ellipsis that runs on in lower
 * case; a piece that starts in lower case, or has no letters, is joined to the one before.
 */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const { index, segment } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length
    const start = index + lead
    const end = index + segment.trimEnd().length
    if (end <= start) continue
    const piece = text.slice(start, end)
    const prev = ranges[ranges.length - 1]
    if (prev && (startsLowerCase(piece) || !/[\p{L}\p{N}]/u.test(piece))) prev[1] = end
    else ranges.push([start, end])
  }
  return ranges
}

function startsLowerCase(piece: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(piece)
  return first !== null && first.index <= 2 && /\p{Ll}/u.test(first[0])
}

/** The spans that cover [start, end) of the text the spans concatenate to. */
export function sliceSpans(spans: readonly Span[], start: number, end: number): Span[] {
  const out: Span[] = []
  let at = 0
  for (const span of spans) {
    const from = Math.max(start, at)
    const to = Math.min(end, at + span.text.length)
    if (to > from) out.push(span.em ? { text: span.text.slice(from - at, to - at), em: true } : { text: span.text.slice(from - at, to - at) })
    at += span.text.length
  }
  return out
}

/** Splits a paragraph given as spans into its sentences, each a list of spans. */
export function splitSentences(spans: readonly Span[]): Span[][] {
  const text = spans.map((s) => s.text).join('')
  return sentenceRanges(text).map(([start, end]) => sliceSpans(spans, start, end))
}
