// The live channel: Server-Sent Events out to every follower, control messages in from
// the secret's holder. A thin shell around the room reducer: it authenticates, limits,
// validates, reduces, saves, and fans the room out. Nothing here knows what a slide shows.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { LIVE_API, MAX_MESSAGE_BYTES, PROTOCOL, checkControl } from '../../src/live/protocol.ts'
import { reduceRoom, roomMessage, type DeckLookup } from '../../src/live/room.ts'
import { saveShow, type ShowState } from './state-file.ts'

/** At most this many control messages a second per connection; the rest are dropped (429). */
export const CONTROL_RATE = 20
/** A presenter who sent nothing for this long is "away" (drivers say hello every 10 s). */
const PRESENCE_MS = 25_000
const HEARTBEAT_MS = 15_000
const PING = Buffer.from('event: ping\ndata: 1\n\n')

export interface ChannelOptions {
  readonly show: ShowState
  readonly stateFile: string
  readonly decks: DeckLookup
  readonly audience: readonly string[]
  readonly log: (line: string) => void
  readonly now?: () => number
}

const digest = (s: string) => createHash('sha256').update(s).digest()

/** True when `given` is the secret; compares digests in constant time, whatever the lengths. */
export function isSecret(secret: string, given: string | undefined): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(secret), digest(given))
}

/** True when a request comes from this site's own pages (or from no page at all, like curl). */
function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site']
  if (site && site !== 'same-origin' && site !== 'none') return false
  const origin = request.headers.origin
  return !origin || origin === `http://${request.headers.host}`
}

/** Registers the live channel's routes on `app`; returns the counters and a stop function. */
export function registerChannel(app: FastifyInstance, options: ChannelOptions) {
  const now = options.now ?? Date.now
  let show = options.show
  let lastDriver = 0
  const followers = new Set<ServerResponse>()
  const buckets = new WeakMap<Socket, { tokens: number; at: number }>()
  const dropped: Record<string, number> = {}
  let loggedDropped = ''
  const drop = (reason: string) => {
    dropped[reason] = (dropped[reason] ?? 0) + 1
  }
  const presence = (): 'here' | 'away' => (now() - lastDriver < PRESENCE_MS ? 'here' : 'away')
  const frame = () => {
    const message = roomMessage(show.room, presence(), now())
    return `id: ${show.room.seq}\ndata: ${JSON.stringify(message)}\n\n`
  }
  const fanOut = () => {
    // Encoded once, written to every stream.
    const bytes = Buffer.from(frame())
    for (const res of followers) res.write(bytes)
  }

  const allow = (socket: Socket): boolean => {
    const t = now()
    const bucket = buckets.get(socket) ?? { tokens: CONTROL_RATE, at: t }
    bucket.tokens = Math.min(CONTROL_RATE, bucket.tokens + ((t - bucket.at) / 1000) * CONTROL_RATE)
    bucket.at = t
    buckets.set(socket, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }

  app.get(LIVE_API.events, (request, reply) => {
    if (!sameOrigin(request)) return reply.code(403).send({ error: 'cross-origin' })
    reply.hijack()
    const res = reply.raw
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'keep-alive' })
    // A follower that loses the server retries every second, and lands on the room at once.
    res.write(`retry: 1000\n\n${frame()}`)
    followers.add(res)
    request.raw.socket.setNoDelay(true)
    request.raw.on('close', () => followers.delete(res))
  })

  app.get(LIVE_API.info, (request, reply) => {
    if (!sameOrigin(request)) return reply.code(403).send({ error: 'cross-origin' })
    return reply.header('cache-control', 'no-store').send({ v: PROTOCOL, audience: options.audience })
  })

  app.post(LIVE_API.control, { bodyLimit: MAX_MESSAGE_BYTES }, (request, reply) => {
    if (!allow(request.raw.socket)) return (drop('rate-limited'), reply.code(429).send({ error: 'too many messages' }))
    if (!sameOrigin(request)) return (drop('cross-origin'), reply.code(403).send({ error: 'cross-origin' }))
    // JSON only: a form or text/plain post (what another site can send without asking) is refused.
    if (!String(request.headers['content-type']).startsWith('application/json')) return (drop('not-json'), reply.code(415).send({ error: 'JSON only' }))
    const auth = request.headers.authorization
    const given = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : undefined
    if (!isSecret(show.secret, given)) return (drop('no-secret'), reply.code(403).send({ error: 'not this show’s secret' }))
    const message = checkControl(request.body)
    if (!message) return (drop('malformed'), reply.code(400).send({ error: 'malformed message' }))
    const wasAway = presence() === 'away'
    lastDriver = now()
    const before = show.room
    const { room, error } = reduceRoom(before, message, options.decks, now())
    if (error) return (drop(error), reply.code(409).send({ error, room: roomMessage(show.room, presence(), now()) }))
    if (room !== show.room) {
      show = { ...show, room }
      saveShow(options.stateFile, show)
    }
    if (room !== before || wasAway) fanOut()
    return reply.header('cache-control', 'no-store').send(roomMessage(show.room, presence(), now()))
  })

  // Bodies that are not JSON, too large or unparsable never reach the handler: count them too.
  app.addHook('onResponse', (request, reply, done) => {
    if (request.url === LIVE_API.control && (reply.statusCode === 413 || (reply.statusCode === 400 && !request.body))) drop(`rejected-${reply.statusCode}`)
    done()
  })

  let wasHere = false
  const timer = setInterval(() => {
    // A named event, so a page can tell a live stream from one that died without a word (a phone that changed networks).
    for (const res of followers) res.write(PING)
    const here = presence() === 'here'
    if (here !== wasHere) fanOut()
    wasHere = here
    const summary = Object.entries(dropped)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
    if (summary !== loggedDropped) options.log(`dropped messages so far: ${summary}`)
    loggedDropped = summary
  }, HEARTBEAT_MS / 3)
  timer.unref()

  return {
    dropped,
    followers: () => followers.size,
    room: () => show.room,
    stop: () => {
      clearInterval(timer)
      for (const res of followers) res.end()
      followers.clear()
    },
  }
}
