/**
 * Runs `job` once the page is idle (within `timeout` ms), or after `otherwise` ms where
 * browsers cannot say (Safari has no requestIdleCallback); returns its idempotent cancel.
 */
export function whenIdle(job: () => void, { timeout, otherwise }: { timeout: number; otherwise: number }): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(job, { timeout })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(job, otherwise)
  return () => window.clearTimeout(id)
}
