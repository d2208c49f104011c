/**
 * Where a paragraph is, as far as reading needs to know: its own box while its run
 * (`[data-run]`, which the browser skips while far off screen) is on screen, else the
 * run's box, which always has its place. Inside a skipped run a paragraph has no layout
 * to ask about; every paragraph of a run below the screen is below it, and so on.
 */
export function paraBox(p: HTMLElement): { top: number; bottom: number } {
  const run = p.closest<HTMLElement>('[data-run]')
  if (run) {
    const r = run.getBoundingClientRect()
    if (r.top >= window.innerHeight || r.bottom <= 0) return r
  }
  return p.getBoundingClientRect()
}
