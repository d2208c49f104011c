import * as v from 'valibot'
import { PACE_LEVELS, type PresentState } from './present-state'
import type { Deck } from './slides'

/** What windows presenting the same deck share. */
export type Shared = Pick<PresentState, 'index' | 'blackout' | 'auto' | 'paceLevel' | 'loop'>

const Hello = v.object({ type: v.literal('hello'), version: v.pipe(v.string(), v.maxLength(64)) })
const State = v.object({
  type: v.literal('state'),
  version: v.pipe(v.string(), v.maxLength(64)),
  // A slide by its id ('' is the title), never by index: an index means another slide in another version.
  slide: v.pipe(v.string(), v.maxLength(200)),
  blackout: v.boolean(),
  auto: v.boolean(),
  paceLevel: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PACE_LEVELS.length - 1)),
  loop: v.boolean(),
})
/** The schema of every message on a presentation's channel; unknown fields are dropped. */
export const SyncMessage = v.variant('type', [Hello, State])
export type SyncMessage = v.InferOutput<typeof SyncMessage>

/** The message announcing a window (it asks the others for their state). */
export function helloMessage(deck: Deck): SyncMessage {
  return { type: 'hello', version: deck.version }
}

/** The message carrying `shared` for `deck`. */
export function stateMessage(deck: Deck, shared: Shared): SyncMessage {
  const { index, ...rest } = shared
  return { type: 'state', version: deck.version, slide: deck.slides[index]?.id ?? '', ...rest }
}

/**
 * What a message received means for `deck`: a hello, a state to adopt, or null for
 * anything else (wrong shape or type, another deck version, a slide it does not have).
 */
export function readSyncMessage(raw: unknown, deck: Deck): { type: 'hello' } | { type: 'state'; shared: Shared } | null {
  const parsed = v.safeParse(SyncMessage, raw)
  if (!parsed.success || parsed.output.version !== deck.version) return null
  const message = parsed.output
  if (message.type === 'hello') return { type: 'hello' }
  const index = deck.slides.findIndex((s) => s.id === message.slide)
  if (index < 0) return null
  return { type: 'state', shared: { index, blackout: message.blackout, auto: message.auto, paceLevel: message.paceLevel, loop: message.loop } }
}
