/**
 * The head script, inline in every page before anything paints: it marks the page as
 * scripted (`js`, which shows the controls and hides what is only for pages without
 * scripts) and sets the reader's theme, text size, pace and fonts from storage, so the
 * first paint is already in their colours and size. It runs before any module, so it is
 * bundled on its own and minified into the page (scripts/boot-plugin.ts), and it never
 * throws: storage can be blocked or hold anything.
 */
import { anchorOfHash } from '../links/links'
import { STORE_VERSION, namespaceOf } from '../storage/storage'

const root = document.documentElement
try {
  const ns = namespaceOf(import.meta.env.BASE_URL)
  // As storage.ts reads it: the versioned envelope, or the earlier plain `chosen:<key>`.
  const read = (key: string): unknown => {
    const raw = localStorage.getItem(ns + key) || localStorage.getItem(`chosen:${key}`)
    if (!raw) return null
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      return raw
    }
    return value && typeof value === 'object' && (value as { v?: unknown }).v === STORE_VERSION ? (value as { value?: unknown }).value : value
  }
  const prefs = (read('prefs') || {}) as Record<string, unknown>
  root.className = 'js'
  for (const key of ['theme', 'size', 'pace']) {
    const value = prefs[key]
    if (typeof value === 'string') root.setAttribute(`data-${key}`, value)
  }
  if (read('fonts')) root.setAttribute('data-fonts', '')
} catch {
  root.className = 'js'
}

/**
 * A long piece is still being parsed well after its first paint, and the browser goes to
 * the address's `#moment` only once all of it is: at 1,000 times today's length, a reader
 * opening a shared line would look at the preface for half a second first. So, while the
 * page loads, the moment is put where the browser would put it (its top at the top, past
 * the bar) as soon as the parser has added it, before the frame that first shows it, and
 * again each frame while more text arrives, until the reader moves or the page is parsed
 * (the browser's own landing then finds it already there, and the app takes over).
 */
function landEarly(): void {
  const id = anchorOfHash(location.hash.slice(1))
  if (!id || typeof MutationObserver === 'undefined') return
  let done = false
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
  // The reader moved, or the page is parsed: from here on the landing is not ours.
  const stop = () => {
    done = true
    parsed.disconnect()
    for (const type of inputs) removeEventListener(type, stop, true)
  }
  const land = () => {
    const target = done ? null : document.getElementById(id)
    target?.scrollIntoView()
    return target !== null
  }
  const keep = () => land() && requestAnimationFrame(keep)
  // The observer only until the moment is found: what it records is dropped at once.
  const parsed = new MutationObserver(() => {
    parsed.takeRecords()
    if (!land()) return
    parsed.disconnect()
    requestAnimationFrame(keep)
  })
  parsed.observe(document, { childList: true, subtree: true })
  for (const type of inputs) addEventListener(type, stop, { passive: true, capture: true })
  document.addEventListener('DOMContentLoaded', stop, { once: true })
}
landEarly()
