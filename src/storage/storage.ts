/**
 * The one module that touches Web Storage. It never throws (storage can be blocked,
 * full or missing: private modes, cookie settings, quota), namespaces every key by the
 * site's base path (two sites on one origin keep apart), and versions what it stores, so
 * a later shape can migrate an earlier one instead of misreading it.
 */

/** The version of the stored envelope `{ v, value }`. */
export const STORE_VERSION = 1

export interface Store {
  /** The stored value of `key` checked by `parse` (undefined when absent, unreadable or rejected). */
  get<T>(key: string, parse: (raw: unknown) => T | undefined): T | undefined
  /** Stores `value` as JSON; false when storage refused it. */
  set(key: string, value: unknown): boolean
  remove(key: string): void
  /** Calls `onChange` when another tab changes `key` (the `storage` event); returns an idempotent unsubscribe. */
  subscribe(key: string, onChange: () => void): () => void
  /** The full storage key of `key` (for the inline head script, which runs before any module). */
  fullKey(key: string): string
}

/** Where values were kept before namespaces and versions: `chosen:<key>`, a plain string. */
const LEGACY = 'chosen:'

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

/** The namespace of a site built under `base`: `chosen:` for `/`, `chosen:/sub/:` under a sub-path. */
export function namespaceOf(base: string): string {
  return base === '/' ? 'chosen:' : `chosen:${base}:`
}

/**
 * A Store over `storage()` (called on each access, since merely reading `localStorage` can
 * throw). With `legacy`, a key found only in its earlier, unversioned form
 * (`chosen:<key>` holding a plain string) is read through `legacy` and stored anew.
 */
export function createStore(storage: () => Storage | null | undefined, base: string, legacy?: (key: string, raw: string) => unknown): Store {
  const ns = namespaceOf(base)
  const fullKey = (key: string) => ns + key
  const area = (): Storage | null => {
    try {
      return storage() ?? null
    } catch {
      return null
    }
  }
  return {
    fullKey,
    get(key, parse) {
      try {
        const s = area()
        const raw = s?.getItem(fullKey(key))
        const envelope: unknown = raw == null ? undefined : parseJson(raw)
        if (envelope && typeof envelope === 'object' && (envelope as { v?: unknown }).v === STORE_VERSION) return parse((envelope as { value?: unknown }).value)
        const old = legacy && s?.getItem(LEGACY + key)
        const value = old == null ? undefined : legacy?.(key, old)
        if (value === undefined) return undefined
        s?.setItem(fullKey(key), JSON.stringify({ v: STORE_VERSION, value }))
        return parse(value)
      } catch {
        return undefined
      }
    },
    set(key, value) {
      try {
        const s = area()
        if (!s) return false
        s.setItem(fullKey(key), JSON.stringify({ v: STORE_VERSION, value }))
        return true
      } catch {
        return false
      }
    },
    remove(key) {
      try {
        area()?.removeItem(fullKey(key))
      } catch {
        // Nothing to undo: a storage that refuses a removal holds nothing we wrote.
      }
    },
    subscribe(key, onChange) {
      if (typeof window === 'undefined') return () => {}
      const onWindowStorage = (e: StorageEvent) => {
        if (e.key === null || e.key === fullKey(key)) onChange()
      }
      window.addEventListener('storage', onWindowStorage)
      return () => window.removeEventListener('storage', onWindowStorage)
    },
  }
}
