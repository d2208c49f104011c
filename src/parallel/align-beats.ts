import type { Beat, Echo, Pair, PairBeat, Paragraph, Story } from '../story/story-types'

/** Part of a beat that starts at the same height on both sides: the whole beat, or from an echo on. */
export interface Segment {
  readonly left: readonly Paragraph[]
  readonly right: readonly Paragraph[]
  /** The echo whose two lines open this segment, when it is one. */
  readonly echo?: Echo
}

/** One beat of the pair as both pieces tell it. A side is undefined when that piece doesn't tell it. */
export interface AlignedBeat {
  readonly beat: PairBeat
  readonly left?: Beat
  readonly right?: Beat
  readonly segments: readonly Segment[]
}

/**
 * Aligns two stories beat by beat, in the pair's order, for the side-by-side view. Within
 * a beat, each echo (whose lines must open a paragraph on both sides) starts a new segment
 * so that both of its lines stand at the same height; an echo out of order with the one
 * before it stays inside the segment, unaligned, rather than reorder either text.
 * Beats neither piece tells are left out.
 */
export function alignBeats(pair: Pair, left: Story, right: Story): AlignedBeat[] {
  const out: AlignedBeat[] = []
  for (const beat of pair.beats) {
    const l = left.beats.find((b) => b.id === beat.id)
    const r = right.beats.find((b) => b.id === beat.id)
    if (!l && !r) continue
    const echoes = pair.echoes.filter((e) => e.beat === beat.id)
    out.push({ beat, left: l, right: r, segments: segmentsOf(l?.paragraphs ?? [], r?.paragraphs ?? [], echoes) })
  }
  return out
}

function segmentsOf(left: readonly Paragraph[], right: readonly Paragraph[], echoes: readonly Echo[]): Segment[] {
  const cuts: Array<{ l: number; r: number; echo: Echo }> = []
  for (const echo of echoes) {
    const l = left.findIndex((p) => p.lines[0]?.id === echo.left)
    const r = right.findIndex((p) => p.lines[0]?.id === echo.right)
    const prev = cuts[cuts.length - 1]
    if (l < 0 || r < 0 || (prev && (l <= prev.l || r <= prev.r))) continue
    cuts.push({ l, r, echo })
  }
  const segments: Segment[] = []
  let l0 = 0
  let r0 = 0
  for (const cut of cuts) {
    if (cut.l > l0 || cut.r > r0) segments.push({ left: left.slice(l0, cut.l), right: right.slice(r0, cut.r) })
    l0 = cut.l
    r0 = cut.r
    const next = cuts[cuts.indexOf(cut) + 1]
    segments.push({ left: left.slice(l0, next?.l ?? left.length), right: right.slice(r0, next?.r ?? right.length), echo: cut.echo })
    l0 = next?.l ?? left.length
    r0 = next?.r ?? right.length
  }
  if (l0 < left.length || r0 < right.length || segments.length === 0) segments.push({ left: left.slice(l0), right: right.slice(r0) })
  return segments
}
