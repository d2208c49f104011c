import type { BrowserContext } from '@playwright/test'
import { loadLibrary } from '../../scripts/stories-plugin.ts'
import { buildDeck, type Deck } from '../../src/present/slides.ts'
import { closePages, test as base, watch, type Problems } from './fixtures.ts'
import { startLiveServer, type LiveServer } from './live-server.ts'

/** The decks as the server and the pages build them. */
export const library = loadLibrary(process.cwd())
export const deckOf = (id: string): Deck => buildDeck(library, id)!

/** The words of one side of a slide, as the live pages show them. */
export const wordsOf = (deck: Deck, index: number, part = 0): string => deck.slides[index]!.parts[part]!.lines.map((l) => l.text).join(' ')

/** Records another context's pages in the test's problems (each phone is its own context). */
export function watchContext(context: BrowserContext, problems: Problems): void {
  context.on('page', (page) => watch(page, problems))
}

/** The test API with a live server of the test's own, stopped even when the test fails. */
export const test = base.extend<{ live: LiveServer }>({
  live: async ({ context, browser }, provide, testInfo) => {
    const server = await startLiveServer()
    try {
      await provide(server)
    } finally {
      // What the server said (its addresses, messages it dropped, restarts): the first thing to read when a live test fails.
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('live server output', { body: server.output(), contentType: 'text/plain' })
      await closePages(context)
      // The phones are contexts of their own, which Playwright leaves open after the test: closed
      // here, they cannot log the stopped server's refusals, nor reconnect to the next test's
      // server on the same port (each worker reuses its ports).
      await Promise.all(browser.contexts().map((c) => (c === context ? undefined : c.close())))
      await server.stop()
    }
  },
})

export { expect } from './fixtures.ts'
