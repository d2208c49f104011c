/**
 * What a presentation that drives the live show remembers between the room's messages, its
 * own steps and the server's answers to them, and the decisions it makes with that: whether a
 * local step must be sent, and when the room's place is adopted. Pure, so the races between
 * them can be tested.
 *
 * The room's `seq` grows with every change, so an old message (one the server wrote before
 * our step reached it, delivered late on a busy network or machine) is told from a new one:
 * it is never adopted over a newer place. While our own steps are on their way, the room is
 * only noted; once the last is answered, the newest room known is adopted if it is not where
 * we are (a remote moved it meanwhile).
 */

/** A place in a deck as the room shares it: which slide, and whether the stage is dark. */
export interface DrivenPlace {
  readonly index: number
  readonly blackout: boolean
}

/** A room as a driver reads it: its place, its `seq`, and whether it is this deck's show at this deck's version. */
export interface HeardRoom extends DrivenPlace {
  readonly seq: number
  readonly ours: boolean
}

export interface DriverMemory {
  /** The place last heard from the room or sent to it; null until the room has been heard. */
  readonly heard: DrivenPlace | null
  /** The newest room known, from the event stream or an answer (null before any). */
  readonly latest: HeardRoom | null
  /** Our steps sent and not yet answered. */
  readonly inflight: number
  /** A step the server never got (it was down): when it is back, this browser's place wins. */
  readonly unsent: boolean
}

export const FRESH: DriverMemory = { heard: null, latest: null, inflight: 0, unsent: false }

/** A place no slide has: the room is elsewhere, so any local place differs from it and is sent. */
const NOWHERE: DrivenPlace = { index: -1, blackout: false }
const same = (a: DrivenPlace, b: DrivenPlace) => a.index === b.index && a.blackout === b.blackout
const placeOf = (room: HeardRoom): DrivenPlace => ({ index: room.index, blackout: room.blackout })
const newest = (known: HeardRoom | null, room: HeardRoom) => (known && known.seq > room.seq ? known : room)

/**
 * With nothing of ours on its way, the room's newest place is adopted, unless the presenter
 * has stepped since the last place heard or sent (a step not yet sent wins, and goes next).
 */
function settle(memory: DriverMemory, local: DrivenPlace): { memory: DriverMemory; adopt: DrivenPlace | null } {
  const room = memory.latest
  if (!room || memory.inflight > 0) return { memory, adopt: null }
  // Another show is on: this page's place is sent, once.
  if (!room.ours) return { memory: { ...memory, heard: NOWHERE }, adopt: null }
  const theirs = placeOf(room)
  if (memory.heard && !same(memory.heard, local)) return { memory: { ...memory, heard: theirs }, adopt: null }
  return { memory: { ...memory, heard: theirs }, adopt: same(theirs, local) ? null : theirs }
}

/** The room was heard on the event stream. A message older than one already known changes nothing. */
export function hearRoom(memory: DriverMemory, room: HeardRoom, local: DrivenPlace): { memory: DriverMemory; adopt: DrivenPlace | null } {
  if (memory.latest && room.seq < memory.latest.seq) return { memory, adopt: null }
  const known = { ...memory, latest: room }
  // The server is back after missing a step: whatever it says, this browser's place is sent again.
  if (memory.unsent) return { memory: { ...known, heard: NOWHERE, unsent: false }, adopt: null }
  return settle(known, local)
}

/** The presenter's place is `local`: the step to send, if the room has not got it from us (none before the room is heard). */
export function stepToSend(memory: DriverMemory, local: DrivenPlace): { memory: DriverMemory; send: DrivenPlace | null } {
  if (!memory.heard || same(memory.heard, local)) return { memory, send: null }
  return { memory: { ...memory, heard: local, inflight: memory.inflight + 1 }, send: local }
}

/** The server answered one of our steps with the room after it (`room`), or the step did not get there (null). */
export function answered(memory: DriverMemory, room: HeardRoom | null, local: DrivenPlace): { memory: DriverMemory; adopt: DrivenPlace | null } {
  const inflight = Math.max(0, memory.inflight - 1)
  if (!room) return { memory: { ...memory, inflight, unsent: true }, adopt: null }
  return settle({ ...memory, inflight, latest: newest(memory.latest, room) }, local)
}
