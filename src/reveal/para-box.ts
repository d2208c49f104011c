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
 * Where a paragraph is, as far as reading needs to know: the box of the outermost run
 * (`[data-run]`: runs of paragraphs, in stretches of runs, which the browser skips while
 * far off screen) that is off screen, else its own box. Inside a skipped run a paragraph
 * has no layout to ask about (asking would lay the run out); every paragraph of a run below
 * the screen is below it, and so on.
 */
export function paraBox(p: HTMLElement): DOMRect {
  const runs: HTMLElement[] = []
  for (let run = p.closest<HTMLElement>('[data-run]'); run; run = run.parentElement?.closest<HTMLElement>('[data-run]') ?? null) runs.push(run)
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = (runs[i] as HTMLElement).getBoundingClientRect()
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
