/**
 * The head script, inline in every page before anything paints: it marks the page as
 * scripted (`js`, which shows the controls and hides what is only for pages without
 * scripts) and sets the reader's theme, text size, pace and fonts from storage, so the
 * first paint is already in their colours and size. It runs before any module, so it is
 * bundled on its own and minified into the page (scripts/boot-plugin.ts), and it never
 * throws: storage can be blocked or hold anything.
 */
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
