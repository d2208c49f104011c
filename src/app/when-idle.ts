/** A reader's pause (ms): what waits for a still page waits for this long without a scroll. */
export const STILL_MS = 1500

/** When the page last scrolled (ms, page clock), once anything waits for stillness. */
let scrolledAt = -Infinity
let listening = false
const onScroll = () => {
  scrolledAt = performance.now()
}

/**
 * Runs `job` once the page is idle (within `timeout` ms), or after `otherwise` ms where
 * browsers cannot say (Safari has no requestIdleCallback); with `stillMs`, only once the
 * page has also not scrolled for that long since it was asked (a reader flicking through a
 * first visit keeps both cores for the frames: the service worker's first fetch of
 * everything it keeps, during the first flick, dropped 14–21% of its frames at 4× CPU,
 * against 0–5% without it). Returns its idempotent cancel.
 */
export function whenIdle(job: () => void, { timeout, otherwise, stillMs = 0 }: { timeout: number; otherwise: number; stillMs?: number }): () => void {
  if (stillMs > 0 && !listening) {
    listening = true
    // Capture: a scroll of any scroller counts, not only the page's.
    window.addEventListener('scroll', onScroll, { passive: true, capture: true })
  }
  let timer = 0
  let idle = 0
  let cancelled = false
  const asked = performance.now()
  const whenStill = () => {
    if (cancelled) return
    const left = Math.max(scrolledAt, asked) + stillMs - performance.now()
    if (left > 0) timer = window.setTimeout(whenStill, left)
    else job()
  }
  if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(whenStill, { timeout })
  else timer = window.setTimeout(whenStill, otherwise)
  return () => {
    cancelled = true
    if (idle) window.cancelIdleCallback(idle)
    window.clearTimeout(timer)
  }
}
