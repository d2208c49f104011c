// The offline part of `npm run bench`: what the service worker precaches (files, bytes,
// gzip as a static host sends it) and what a first visit to /read/spike transfers in all
// (the page, its chunks, and the worker's precache download), against the 1.5 MB budget.
import { launch } from './browser.mjs'
import { PRECACHE_BUDGET, precacheOf, sentBytes } from './offline.mjs'

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KB`

/**
 * Measures `outDir` served at `origin`; returns the figures and whether they fit the budget.
 * @param {string} outDir
 * @param {string} origin
 */
export async function benchOffline(outDir, origin) {
  const files = precacheOf(outDir)
  const precache = { files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.sent, 0) }

  // A first visit in a fresh profile, service worker allowed: everything it downloads.
  const { context, close } = await launch({ viewport: { width: 1440, height: 900 } })
  /** @type {{ url: string, worker: boolean, body: Buffer }[]} */
  const got = []
  context.on('response', async (r) => {
    try {
      got.push({ url: r.url(), worker: Boolean(r.request().serviceWorker()), body: await r.body() })
    } catch {
      // a response without a body (a redirect) costs nothing here
    }
  })
  try {
    const page = await context.newPage()
    await page.goto(`${origin}/read/spike`, { waitUntil: 'networkidle' })
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await page.waitForLoadState('networkidle')
  } finally {
    await close()
  }
  const sent = (/** @type {(typeof got)[number]} */ g) => sentBytes(new URL(g.url).pathname, g.body)
  const visit = {
    requests: got.length,
    page: got.filter((g) => !g.worker).reduce((n, g) => n + sent(g), 0),
    worker: got.filter((g) => g.worker).reduce((n, g) => n + sent(g), 0),
  }
  const total = visit.page + visit.worker
  const ok = precache.gzip <= PRECACHE_BUDGET && total <= PRECACHE_BUDGET
  console.log(`\nOffline: precache ${precache.files} files, ${kb(precache.bytes)} (${kb(precache.gzip)} gzip as a host sends it); budget ${kb(PRECACHE_BUDGET)}`)
  console.log(
    `First visit to /read/spike: ${visit.requests} responses, ${kb(total)} gzip in all (page ${kb(visit.page)}, service worker ${kb(visit.worker)})` +
      (ok ? '' : '  ✗ over the 1.5 MB budget'),
  )
  return { precache, firstVisit: { ...visit, total }, budget: PRECACHE_BUDGET, ok }
}
