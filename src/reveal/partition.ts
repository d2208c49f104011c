/**
 * The first index in [0, count) at which `before` turns false, for a `before` that is
 * true for a prefix and false after it (things sorted top to bottom: "ends above y").
 * O(log count) calls, so finding a place in a story costs the same at any length.
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
