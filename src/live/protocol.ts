/**
 * The live channel's messages, as valibot schemas shared by the server and the browser:
 * small (at most MAX_MESSAGE_BYTES), versioned (`v`), naming the show (a deck id) and the
 * slide by id together with the deck's version, never by index alone.
 */
import * as v from 'valibot'

/** The protocol version every message carries. */
export const PROTOCOL = 1
/** No message, either way, is larger than this (bytes of JSON). */
export const MAX_MESSAGE_BYTES = 2048

/** Where the live server answers (under the site's root). */
export const LIVE_API = {
  events: '/_live/events',
  info: '/_live/info',
  control: '/_live/control',
} as const

const Id = v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
/** A slide id: a line id, or '' for the title card. */
const SlideId = v.union([v.literal(''), Id])
const Version = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))
const Time = v.pipe(v.number(), v.integer(), v.minValue(0))

/** The moves a remote sends; the server applies them to the current slide. */
export const MOVES = ['next', 'prev', 'first', 'last', 'blackout'] as const
export type Move = (typeof MOVES)[number]

/** What a driver (the secret's holder) sends: presence, an absolute place, or a move. */
export const ControlSchema = v.variant('type', [
  v.strictObject({ v: v.literal(PROTOCOL), type: v.literal('hello') }),
  v.strictObject({ v: v.literal(PROTOCOL), type: v.literal('go'), show: Id, version: Version, slide: SlideId, blackout: v.boolean() }),
  v.strictObject({ v: v.literal(PROTOCOL), type: v.literal('move'), show: Id, version: Version, move: v.picklist(MOVES) }),
])
export type Control = v.InferOutput<typeof ControlSchema>

/** What everyone receives: the room's place, and whether a presenter is connected. */
export const RoomMessageSchema = v.strictObject({
  v: v.literal(PROTOCOL),
  type: v.literal('room'),
  seq: Count,
  show: v.nullable(Id),
  version: v.union([v.literal(''), Version]),
  slide: SlideId,
  index: Count,
  count: Count,
  blackout: v.boolean(),
  startedAt: v.nullable(Time),
  presenter: v.picklist(['here', 'away']),
  /** The server's clock when it sent this, so a phone can show elapsed time whatever its own clock says. */
  now: Time,
})
export type RoomMessage = v.InferOutput<typeof RoomMessageSchema>

/** What `/_live/info` answers: the audience's addresses, as the server printed them. */
export const InfoSchema = v.strictObject({
  v: v.literal(PROTOCOL),
  audience: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(16)),
})
export type Info = v.InferOutput<typeof InfoSchema>

function parseWith<T extends v.GenericSchema>(schema: T, text: unknown): v.InferOutput<T> | null {
  if (typeof text !== 'string' || text.length > MAX_MESSAGE_BYTES) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  const result = v.safeParse(schema, raw)
  return result.success ? result.output : null
}

/** A control message from JSON text, or null when it is too long, malformed or of another version. */
export const parseControl = (text: unknown): Control | null => parseWith(ControlSchema, text)
/** A room message from JSON text (an SSE event's data), or null. */
export const parseRoomMessage = (text: unknown): RoomMessage | null => parseWith(RoomMessageSchema, text)
/** The server's info from JSON text, or null. */
export const parseInfo = (text: unknown): Info | null => parseWith(InfoSchema, text)
/** A control message from an already-parsed body (the server's JSON parser), or null. */
export function checkControl(raw: unknown): Control | null {
  const result = v.safeParse(ControlSchema, raw)
  return result.success ? result.output : null
}
