/** A run holds this many paragraphs: the unit a long story is skipped by while off screen. */
export const RUN_LENGTH = 12

/** `items` cut into consecutive runs of at most `size` (the last may be shorter). */
export function inRuns<T>(items: readonly T[], size = RUN_LENGTH): T[][] {
  const runs: T[][] = []
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size))
  return runs
}

/**
 * Runs come in stretches of this many, skipped the same way: the browser checks every
 * skippable box that is not inside a skipped one each frame, so a piece 1,000 times as long
 * as today's checks about 90 stretches and a dozen runs rather than a thousand runs. (Only
 * whole stretches: runs left over at a beat's end stand on their own, as in a short beat.)
 */
export const RUNS_PER_STRETCH = 12
