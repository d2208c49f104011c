import { useCallback, useEffect, useState } from 'react'
import { localStore } from '../storage/stores'
import { DEFAULT_PREFS, PREFS_KEY, prefsFrom, type Prefs } from './prefs'

const stored = (): unknown => localStore.get(PREFS_KEY, (raw) => raw)

/**
 * The reader's preferences, kept in storage and mirrored on <html data-theme/size/pace>
 * (which the inline boot script sets before first paint, so there is no flash).
 * Starts from the defaults so that server and client render the same, then reads storage,
 * and follows changes made in other tabs.
 */
export function usePreferences(): [Prefs, (change: Partial<Prefs>) => void] {
  const [prefs, setPrefs] = useState<Prefs>(DEFAULT_PREFS)

  useEffect(() => {
    setPrefs(prefsFrom(stored()))
    return localStore.subscribe(PREFS_KEY, () => setPrefs(prefsFrom(stored())))
  }, [])

  const update = useCallback((change: Partial<Prefs>) => {
    setPrefs((old) => {
      // Another tab may have changed another setting since this one read them: start from
      // what is stored, so neither overwrites the other. Refused storage keeps the choice
      // for this page.
      const current = stored()
      const next = { ...(current === undefined ? old : prefsFrom(current)), ...change }
      localStore.set(PREFS_KEY, next)
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
