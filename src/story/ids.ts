import { wordsOf } from './words.ts'

/** How many words of a line its id is made from. */
const ID_WORDS = 6
const ID_MAX_CHARS = 48

/**
 * A readable id from the first words of `text`: "She couldn’t look away." -> "she-couldnt-look-away".
 * Made from the line's own words only, so editing other lines never changes it.
 */
export function slugify(text: string): string {
  const parts: string[] = []
  for (const word of wordsOf(text)) {
    const part = word.replace(/'/g, '').normalize('NFKD').replace(/[^a-z0-9]/g, '')
    if (!part) continue
    if (parts.length >= ID_WORDS || [...parts, part].join('-').length > ID_MAX_CHARS) break
    parts.push(part)
  }
  return parts.join('-') || 'line'
}

/** `base`, or `base-2`, `base-3`… : the first that is not in `taken`; adds it to `taken`. */
export function claimId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** Ids are lower-case words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
