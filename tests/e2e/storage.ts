import type { Page } from '@playwright/test'

/**
 * What the site stored under `key` (`place:buffy`, `fonts`) in this page's origin, whatever
 * namespace or envelope it uses (`chosen:` or `chosen:/base/:` prefix; a bare value or
 * `{ v, value }`): the tests read storage only through here, so a change of format is one edit.
 */
export function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate((key) => {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i) ?? ''
      if (!/^chosen:/.test(name) || !name.endsWith(`:${key}`)) continue
      const raw = localStorage.getItem(name)
      try {
        const parsed: unknown = JSON.parse(raw ?? '')
        if (parsed && typeof parsed === 'object' && 'v' in parsed && 'value' in parsed) return (parsed as { value: unknown }).value
        return parsed
      } catch {
        return raw
      }
    }
    return undefined
  }, key)
}
