/** How a link was shared, for the confirmation the reader sees and hears. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/**
 * Shares `url`: the device's share sheet where there is one (Web Share API), otherwise the
 * clipboard. Never throws: a dismissed share sheet is "cancelled", a refused clipboard "failed".
 */
export async function shareLink(url: string, title: string, text?: string): Promise<ShareOutcome> {
  const data = { url, title, text }
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // Any other refusal (no user activation, unsupported data): fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
