/**
 * What readers stored before values were namespaced and versioned: plain strings under
 * `chosen:<key>` (`chosen:prefs` as JSON, `chosen:place:<story>` a line id, `chosen:fonts`
 * and `chosen:hinted` as "1", `chosen:present:started:<deck>` a time). Each reads into
 * today's value, so settings and places survive the upgrade.
 */
/** Today's value of a legacy raw string stored for `key`; undefined when it was not ours or is unreadable. */
export function readLegacy(key: string, raw: string): unknown {
  if (key === 'prefs') {
    try {
      const parsed: unknown = JSON.parse(raw)
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) && !('v' in parsed) ? parsed : undefined
    } catch {
      return undefined
    }
  }
  if (key === 'fonts' || key === 'hinted') return raw === '1' ? true : undefined
  if (key.startsWith('place:')) return /^[a-z0-9-]+$/.test(raw) ? raw : undefined
  if (key.startsWith('present:started:')) {
    const at = Number(raw)
    return Number.isFinite(at) && at > 0 ? at : undefined
  }
  return undefined
}
