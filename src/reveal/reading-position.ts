import { cancelFrame, requestFrame, type FrameJob } from './frame'
import { READING_LINE, boxAt, paraBox, readingColumns } from './para-box'
import { partitionPoint } from './partition'

export interface ReadingPosition {
  /** 0 at the story's start, 1 at its end (in hundredths). */
  readonly progress: number
  /** The id (`data-line`) of the line at the reading line, or null before the story. */
  readonly line: string | null
  /** The id (`data-beat`) of the beat that line is in. */
  readonly beat: string | null
}

/**
 * Where the reader is, outside React: views read it when they need it (sharing), write
 * what follows it straight to the page (progress, links) and re-render only for what
 * changes their tree, so scrolling renders nothing.
 */
export interface PositionStore {
  /** The position now (the same object until it changes). */
  readonly get: () => ReadingPosition
  /** Calls `listener` after each change (in a frame's write phase); returns its idempotent unsubscribe. */
  readonly subscribe: (listener: (position: ReadingPosition) => void) => () => void
  /** Follows the story under `root` until the returned (idempotent) stop is called. */
  readonly follow: (root: HTMLElement) => () => void
}

export const START: ReadingPosition = { progress: 0, line: null, beat: null }

/**
 * A store of the reading position over one story view, measured at most once a frame
 * while scrolling and changed only when the line, the beat or the whole percent does.
 * It reads only geometry (a binary search over the paragraphs, then the lines of the one
 * or two under the eye), in the frame's read phase with the reveals', never hit-tests: a
 * hit test brings the whole page's paint state up to date, which costs as much as the
 * story is long while lines are fading in.
 */
export function createPositionStore(): PositionStore {
  let position = START
  const listeners = new Set<(position: ReadingPosition) => void>()
  const set = (next: ReadingPosition) => {
    if (next.line === position.line && next.beat === position.beat && next.progress === position.progress) return
    position = next
    for (const listener of [...listeners]) listener(position)
  }
  return {
    get: () => position,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    follow(root) {
      // Each flow (a reading column) runs top to bottom; the story's DOM is fixed while followed.
      const flows = readingColumns(root)
      const beats = Array.from(root.querySelectorAll<HTMLElement>('[data-beat]'))
      const measure: FrameJob = () => {
        const rect = root.getBoundingClientRect()
        const eye = window.innerHeight * READING_LINE
        const progress = Math.round(Math.min(1, Math.max(0, (eye - rect.top) / Math.max(1, rect.height))) * 100) / 100
        const inside = rect.top <= eye && eye <= rect.bottom
        const hit = inside ? lineAt(flows, eye, rect.left + rect.width / 2) : null
        const line = hit?.dataset.line ?? null
        const beat = (hit ? hit.closest<HTMLElement>('[data-beat]') : inside ? beatAt(beats, eye) : null)?.dataset.beat ?? null
        return () => set({ progress, line, beat })
      }
      const onScroll = () => requestFrame(measure)
      // First measured in the frame pass too, not here: `follow` runs in an effect of
      // hydration's commit, where a read of the geometry would force the page's first layout.
      requestFrame(measure)
      window.addEventListener('scroll', onScroll, { passive: true })
      window.addEventListener('resize', onScroll)
      return () => {
        cancelFrame(measure)
        window.removeEventListener('scroll', onScroll)
        window.removeEventListener('resize', onScroll)
      }
    },
  }
}

/** How far from the reading line a line may be and still count as the one being read. */
const ABOVE = 48
const BELOW = 80

/** A line in a right-hand column counts only where the left-hand one has none near the eye. */
const RIGHT_COLUMN = 10_000

/**
 * The line nearest the reading line (within ABOVE/BELOW). Side by side, the left column is
 * read first: its line wins wherever it has one near the eye (`middle` splits the columns).
 */
function lineAt(flows: HTMLElement[][], eye: number, middle: number): HTMLElement | null {
  let best: HTMLElement | null = null
  let bestDistance = Infinity
  for (const paras of flows) {
    const first = partitionPoint(paras.length, (i) => boxAt(paras, i).bottom < eye - ABOVE)
    for (let i = first; i < paras.length; i++) {
      const para = paras[i]
      if (!para) break
      // (A paragraph in a run off screen answers with the run's box: it is past BELOW.)
      const box = paraBox(para)
      if (box.top > eye + BELOW) break
      const column = box.left > middle ? RIGHT_COLUMN : 0
      for (const line of para.querySelectorAll<HTMLElement>('[data-line]')) {
        for (const r of line.getClientRects()) {
          const distance = eye < r.top ? r.top - eye : eye > r.bottom ? eye - r.bottom : 0
          const near = eye < r.top ? distance <= BELOW : distance <= ABOVE
          if (near && column + distance < bestDistance) {
            best = line
            bestDistance = column + distance
          }
        }
      }
    }
  }
  return best
}

/** The beat the reading line is in, or has last passed the start of (it may rest in a gap). */
function beatAt(beats: HTMLElement[], eye: number): HTMLElement | null {
  const next = partitionPoint(beats.length, (i) => (beats[i]?.getBoundingClientRect().top ?? Infinity) <= eye)
  return beats[next - 1] ?? null
}
