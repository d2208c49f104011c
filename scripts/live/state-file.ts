// The show's state file: its secret and the room's place, written atomically (a new file
// renamed over the old) on every change, so a `kill -9` at any moment leaves either the
// old state or the new one, never half of one.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import * as v from 'valibot'
import { EMPTY_ROOM, restoreRoom, type DeckLookup, type Room } from '../../src/live/room.ts'

/** What the state file holds. */
export interface ShowState {
  readonly secret: string
  readonly room: Room
}

const StoredSchema = v.object({
  v: v.literal(1),
  secret: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43,}$/)),
  room: v.object({
    show: v.nullable(v.string()),
    version: v.string(),
    slide: v.string(),
    blackout: v.boolean(),
    seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
    startedAt: v.nullable(v.number()),
  }),
})

/** A new secret: 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url')

/**
 * The show in `file`, or a new one (new secret, empty room) when there is none, when it
 * is unreadable, or when `fresh` is asked. A room that no longer fits the decks (a story
 * was edited) keeps the secret and starts the room over.
 */
export function loadShow(file: string, decks: DeckLookup, fresh = false): { show: ShowState; resumed: boolean } {
  if (!fresh) {
    try {
      const stored = v.parse(StoredSchema, JSON.parse(readFileSync(file, 'utf8')))
      const room = restoreRoom(stored.room, decks)
      return { show: { secret: stored.secret, room: room ?? { ...EMPTY_ROOM, seq: stored.room.seq } }, resumed: true }
    } catch {
      // No file, or not ours: a new show.
    }
  }
  const show = { secret: newSecret(), room: EMPTY_ROOM }
  saveShow(file, show)
  return { show, resumed: false }
}

/** Writes the show to `file` atomically. */
export function saveShow(file: string, show: ShowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const { show: id, version, slide, blackout, seq, startedAt } = show.room
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify({ v: 1, secret: show.secret, room: { show: id, version, slide, blackout, seq, startedAt } }), { mode: 0o600 })
  renameSync(tmp, file)
}
