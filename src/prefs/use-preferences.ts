import { useCallback, useEffect, useState } from 'react'
import { DEFAULT_PREFS, PREFS_KEY, parsePrefs, type Prefs } from './prefs'

/**
 * The reader's preferences, kept in localStorage and mirrored on <html data-theme/size/pace>
 * (which the inline boot script sets before first paint, so there is no flash).
 * Starts from the defaults so that server and client render the same, then reads storage.
 */
export function usePreferences(): [Prefs, (change: Partial<Prefs>) => void] {
  const [prefs, setPrefs] = useState<Prefs>(DEFAULT_PREFS)

  useEffect(() => {
    setPrefs(parsePrefs(safeRead()))
  }, [])

  const update = useCallback((change: Partial<Prefs>) => {
    setPrefs((old) => {
      const next = { ...old, ...change }
      try {
        localStorage.setItem(PREFS_KEY, JSON.stringify(next))
      } catch {
        // Private windows may refuse storage; the choice still holds for this page.
      }
      return next
    })
  }, [])

  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = prefs.theme
    root.dataset.size = prefs.size
    root.dataset.pace = prefs.pace
  }, [prefs])

  return [prefs, update]
}

function safeRead(): string | null {
  try {
    return localStorage.getItem(PREFS_KEY)
  } catch {
    return null
  }
}
