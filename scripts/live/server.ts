// The live server: one Fastify instance serving the built site and the live channel.
import { resolve } from 'node:path'
import Fastify from 'fastify'
import { buildDeck } from '../../src/present/slides.ts'
import type { DeckIndex, DeckLookup } from '../../src/live/room.ts'
import type { Library } from '../../src/story/story-types.ts'
import { registerChannel } from './channel.ts'
import type { ShowState } from './state-file.ts'
import { registerStaticSite } from './static-files.ts'

/** Each deck the library presents (every story and pair), by id: what the room may show. */
export function deckLookup(library: Library): DeckLookup {
  const decks = new Map<string, DeckIndex>()
  for (const id of [...library.stories.map((s) => s.id), ...library.pairs.map((p) => p.id)]) {
    const deck = buildDeck(library, id)
    if (deck) decks.set(id, { version: deck.version, slides: deck.slides.map((s) => s.id) })
  }
  return (id) => decks.get(id)
}

export interface LiveServerOptions {
  readonly dist: string
  readonly library: Library
  readonly show: ShowState
  readonly stateFile: string
  readonly audience: readonly string[]
  readonly log?: (line: string) => void
}

/** A Fastify app serving `dist` and the live channel (not yet listening). */
export async function createLiveServer(options: LiveServerOptions) {
  // Steps must reach a thousand phones at once: no request logging on the hot path.
  const app = Fastify({ logger: false, bodyLimit: 2048, keepAliveTimeout: 30_000, forceCloseConnections: true })
  const channel = registerChannel(app, {
    show: options.show,
    stateFile: options.stateFile,
    decks: deckLookup(options.library),
    audience: options.audience,
    log: options.log ?? ((line) => console.log(line)),
  })
  await registerStaticSite(app, resolve(options.dist))
  // The event streams are held open by design: end them first, or closing would wait for them forever.
  app.addHook('preClose', async () => channel.stop())
  return { app, channel }
}
