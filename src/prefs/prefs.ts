/** Reader preferences: pure model, parsed defensively from storage. */

export type Theme = 'night' | 'sepia' | 'light'
export type TextSize = 's' | 'm' | 'l' | 'xl'
export type Pace = 'slow' | 'natural' | 'fast' | 'off'

export interface Prefs {
  readonly theme: Theme
  readonly size: TextSize
  readonly pace: Pace
  /** Single-key shortcuts (WCAG 2.1.4: they can be switched off). */
  readonly shortcuts: boolean
}

export const THEMES: readonly Theme[] = ['night', 'sepia', 'light']
export const SIZES: readonly TextSize[] = ['s', 'm', 'l', 'xl']
export const PACES: readonly Pace[] = ['slow', 'natural', 'fast', 'off']

export const DEFAULT_PREFS: Prefs = { theme: 'night', size: 'm', pace: 'natural', shortcuts: true }

/** The storage key (under the site's namespace); the inline boot script in index.html reads the same key. */
export const PREFS_KEY = 'prefs'

/** Prefs from a stored value; anything missing or unknown falls back to the default. */
export function prefsFrom(stored: unknown): Prefs {
  const raw: Record<string, unknown> = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {}
  const pick = <T extends string>(value: unknown, options: readonly T[], fallback: T): T => (options.includes(value as T) ? (value as T) : fallback)
  return {
    theme: pick(raw.theme, THEMES, DEFAULT_PREFS.theme),
    size: pick(raw.size, SIZES, DEFAULT_PREFS.size),
    pace: pick(raw.pace, PACES, DEFAULT_PREFS.pace),
    shortcuts: typeof raw.shortcuts === 'boolean' ? raw.shortcuts : DEFAULT_PREFS.shortcuts,
  }
}

/** Prefs from stored JSON; anything missing, unknown or corrupt falls back to the default. */
export function parsePrefs(json: string | null): Prefs {
  try {
    return prefsFrom(json ? JSON.parse(json) : {})
  } catch {
    // A corrupt entry is ignored: the defaults are a fine place to start again.
    return DEFAULT_PREFS
  }
}
