import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'

/** What went wrong in the pages of one test: console errors and warnings, page errors, requests to other hosts. */
export interface Problems {
  readonly console: string[]
  readonly foreign: string[]
}

/** Records a page's console errors and warnings, page errors and requests to other hosts in `problems`. */
export function watch(page: Page, problems: Problems): void {
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return
    // The browser's "Failed to load resource" does not say which: its path is added, so that a
    // test expecting its page's 404 can tell it from a chunk or a story that failed to load.
    const failed = /^Failed to load resource/.test(m.text()) && m.location().url ? ` [${new URL(m.location().url).pathname}]` : ''
    problems.console.push(`${m.type()}: ${m.text()}${failed}`)
  })
  page.on('pageerror', (e) => problems.console.push(`pageerror: ${e.message}`))
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) problems.foreign.push(r.url())
  })
}

/**
 * Playwright Test with one more fixture: `problems` records every page of the test's
 * context and, unless a test empties it on purpose, fails the test when a page logged an
 * error or warning or asked another host for anything.
 */
export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ context }, use) => {
      const problems: Problems = { console: [], foreign: [] }
      context.on('page', (page) => watch(page, problems))
      for (const page of context.pages()) watch(page, problems)
      await use(problems)
      expect(problems.console, 'console errors and warnings').toEqual([])
      expect(problems.foreign, 'requests to other hosts').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** What the browser logs when a page's own address is answered 404 (the not-found page). */
export const page404 = (path: string): string => `error: Failed to load resource: the server responded with a status of 404 (Not Found) [${path}]`

/**
 * Takes out of `problems` the 404s of pages: a test of unknown addresses expects those. A
 * file answered 404 (a chunk, a story's data, a font, an icon: a broken build) stays, and
 * fails the test.
 */
export function dropPage404s(problems: Problems): void {
  const file = /\.(?:m?js|css|json|woff2?|png|svg|ico|webmanifest|xml|txt)$/
  const rest = problems.console.filter((m) => {
    const path = /status of 404 \(Not Found\) \[(.*)\]$/.exec(m)?.[1]
    return path === undefined || file.test(path) || path.startsWith('/assets/')
  })
  problems.console.splice(0, problems.console.length, ...rest)
}

/**
 * Closes the pages of `context`: a fixture's server stops only after, since a page left open
 * goes on fetching (Literata once idle, a live page's reconnection), and a request refused by
 * the stopped server would be logged as the test's own error.
 */
export async function closePages(context: BrowserContext): Promise<void> {
  await Promise.all(context.pages().map((page) => page.close()))
}

export const DESKTOP = { width: 1440, height: 900 }
export const PHONE = { width: 390, height: 844 }
export const PROJECTOR = { width: 1920, height: 1080 }
