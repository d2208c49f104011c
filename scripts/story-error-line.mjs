/**
 * The `stories/<file>:<line>: <reason>` line of a StoryError anywhere in a bundler error
 * (Rolldown wraps a plugin's errors in `errors`, others in `cause`); null when there is none.
 * @param {unknown} error
 * @param {Set<unknown>} [seen]
 * @returns {string | null}
 */
export function storyErrorLine(error, seen = new Set()) {
  if (!error || typeof error !== 'object' || seen.has(error)) return null
  seen.add(error)
  /** @type {{ file?: unknown, line?: unknown, reason?: unknown, errors?: unknown, cause?: unknown }} */
  const fields = error
  const { file, line, reason } = fields
  if (typeof file === 'string' && typeof line === 'number' && typeof reason === 'string') return `${file}:${line}: ${reason}`
  for (const inner of [...(Array.isArray(fields.errors) ? fields.errors : []), fields.cause]) {
    const found = storyErrorLine(inner, seen)
    if (found) return found
  }
  return null
}
