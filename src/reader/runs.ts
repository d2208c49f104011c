/** A run holds this many paragraphs: the unit a long story is skipped by while off screen. */
export const RUN_LENGTH = 12

/** `items` cut into consecutive runs of at most `size` (the last may be shorter). */
export function inRuns<T>(items: readonly T[], size = RUN_LENGTH): T[][] {
  const runs: T[][] = []
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size))
  return runs
}
