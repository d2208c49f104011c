/**
 * The room's state: a pure reducer over validated control messages, shared by the server
 * (which persists it) and the browser (which shows it). No React, no DOM, no clock: the
 * caller passes `now`.
 */
import { PROTOCOL, type Control, type Move, type RoomMessage } from './protocol'

/** Where the show is. `show` is null until a presenter opens a piece. */
export interface Room {
  readonly show: string | null
  readonly version: string
  readonly slide: string
  readonly index: number
  readonly count: number
  readonly blackout: boolean
  /** Bumped on every change, so a client can tell new from old. */
  readonly seq: number
  /** When the show left its title card (ms since the epoch), for elapsed time. */
  readonly startedAt: number | null
}

/** What the reducer needs of a deck: its version and its slide ids in order. */
export interface DeckIndex {
  readonly version: string
  readonly slides: readonly string[]
}

export type DeckLookup = (show: string) => DeckIndex | undefined

export const EMPTY_ROOM: Room = { show: null, version: '', slide: '', index: 0, count: 0, blackout: false, seq: 0, startedAt: null }

/** The outcome of one message: the next room (the same object when nothing changed), or why it was refused. */
export type Outcome = { readonly room: Room; readonly error?: 'unknown-show' | 'stale-version' | 'unknown-slide' | 'not-current-show' }

function place(room: Room, show: string, deck: DeckIndex, index: number, blackout: boolean, now: number): Room {
  const i = Math.min(Math.max(0, index), Math.max(0, deck.slides.length - 1))
  const sameShow = room.show === show && room.version === deck.version
  if (sameShow && room.index === i && room.blackout === blackout) return room
  const startedAt = sameShow && room.startedAt !== null ? room.startedAt : i > 0 ? now : null
  return { show, version: deck.version, slide: deck.slides[i] ?? '', index: i, count: deck.slides.length, blackout, seq: room.seq + 1, startedAt }
}

function applyMove(room: Room, move: Move, deck: DeckIndex, show: string, now: number): Room {
  const last = deck.slides.length - 1
  switch (move) {
    case 'next':
      return room.blackout ? place(room, show, deck, room.index, false, now) : place(room, show, deck, room.index + 1, false, now)
    case 'prev':
      return room.blackout ? place(room, show, deck, room.index, false, now) : place(room, show, deck, room.index - 1, false, now)
    case 'first':
      return place(room, show, deck, 0, false, now)
    case 'last':
      return place(room, show, deck, last, false, now)
    case 'blackout':
      return place(room, show, deck, room.index, !room.blackout, now)
  }
}

/**
 * The room after `message`. `go` places the show anywhere in a known deck of the same
 * version (opening another piece switches the show); `move` steps the current show, as
 * the presentation's keys do (moving out of a blackout first lights the stage); `hello`
 * changes nothing. A message for an unknown show, slide or version changes nothing.
 */
export function reduceRoom(room: Room, message: Control, decks: DeckLookup, now: number): Outcome {
  if (message.type === 'hello') return { room }
  const deck = decks(message.show)
  if (!deck) return { room, error: 'unknown-show' }
  if (deck.version !== message.version) return { room, error: 'stale-version' }
  if (message.type === 'go') {
    const index = deck.slides.indexOf(message.slide)
    if (index < 0) return { room, error: 'unknown-slide' }
    return { room: place(room, message.show, deck, index, message.blackout, now) }
  }
  if (room.show !== message.show) return { room, error: 'not-current-show' }
  return { room: applyMove(room, message.move, deck, message.show, now) }
}

/** True when the room is at its last slide (the piece has been read to the end). */
export const isAtEnd = (room: Pick<Room, 'show' | 'index' | 'count'>): boolean => room.show !== null && room.count > 0 && room.index >= room.count - 1

/** The message that tells everyone where the room is. */
export function roomMessage(room: Room, presenter: 'here' | 'away', now: number): RoomMessage {
  return { v: PROTOCOL, type: 'room', ...room, presenter, now }
}

/** A room from a stored or received value, checked against the decks (null when it no longer fits them). */
export function restoreRoom(value: Pick<Room, 'show' | 'version' | 'slide' | 'blackout' | 'seq' | 'startedAt'>, decks: DeckLookup): Room | null {
  if (value.show === null) return { ...EMPTY_ROOM, seq: value.seq }
  const deck = decks(value.show)
  const index = deck && deck.version === value.version ? deck.slides.indexOf(value.slide) : -1
  if (!deck || index < 0) return null
  return { show: value.show, version: deck.version, slide: value.slide, index, count: deck.slides.length, blackout: value.blackout, seq: value.seq, startedAt: value.startedAt }
}
