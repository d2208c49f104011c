import { groupBy } from './group-by'

/** Where the reader's eye rests: this far down the viewport. */
export const READING_LINE = 0.35

/**
 * The reading columns under `root`: its paragraphs (`[data-para]`) grouped by `data-flow`,
 * each top to bottom. (Side by side has two; the reader one.)
 */
export function readingColumns(root: HTMLElement): HTMLElement[][] {
  return [...groupBy(root.querySelectorAll<HTMLElement>('[data-para]'), (p) => p.dataset.flow ?? '').values()]
}

/**
 * Where a paragraph is, as far as reading needs to know: its own box while its run
 * (`[data-run]`, which the browser skips while far off screen) is on screen, else the
 * run's box, which always has its place. Inside a skipped run a paragraph has no layout
 * to ask about; every paragraph of a run below the screen is below it, and so on.
 */
export function paraBox(p: HTMLElement): DOMRect {
  const run = p.closest<HTMLElement>('[data-run]')
  if (run) {
    const r = run.getBoundingClientRect()
    if (r.top >= window.innerHeight || r.bottom <= 0) return r
  }
  return p.getBoundingClientRect()
}

const NOWHERE = { top: Infinity, bottom: Infinity }

/** The box of a column's `i`th paragraph; past the end, below everything (for binary searches). */
export function boxAt(paras: readonly HTMLElement[], i: number): { top: number; bottom: number } {
  const p = paras[i]
  return p ? paraBox(p) : NOWHERE
}
