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
    const part = word
      .replace(/'/g, '')
      .normalize('NFKD')
      .replace(/[^a-z0-9]/g, '')
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

/** Ids of a reading page's own elements, which no line may take. */
export const PAGE_IDS: readonly string[] = ['main', 'story-title', 'root']

/**
 * The ids of one story's lines, claimed as `claimId` does (`base`, then `base-2`, `base-3`…,
 * the first free), in linear time: each base remembers the last number it gave, so 20,000
 * lines with the same first words don't each count up from 2 again.
 */
export class IdClaims {
  private readonly taken: Set<string>
  private readonly next = new Map<string, number>()
  private readonly reserved: ReadonlySet<string>

  constructor(taken: Iterable<string> = [], reserved: Iterable<string> = []) {
    this.taken = new Set(taken)
    this.reserved = new Set(reserved)
  }

  /** Claims and returns the first free id of `base`. */
  claim(base: string): string {
    let id = base
    let n = this.next.get(base) ?? 2
    if (this.taken.has(id)) {
      do id = `${base}-${n++}`
      while (this.taken.has(id))
      this.next.set(base, n)
    }
    this.taken.add(id)
    return id
  }

  /** True when `id` belongs to another element of the page. */
  isReserved(id: string): boolean {
    return this.reserved.has(id)
  }
}

/** Ids are lower-case words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
