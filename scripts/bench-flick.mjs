// The flick of `npm run bench`: wheel steps of 300 px every 40 ms (about 7,500 px/s, a
// thumb flicking through a story) under 4× CPU throttling, with every long animation
// frame attributed by the Long Animation Frames API to the scripts that ran in it.
import { slowShare, wheelFrames } from './bench-frames.mjs'
import { commitsIn, countCommits } from './react-commits.mjs'

/**
 * A script in a long animation frame, as the page reports it.
 * @typedef {{ invoker: string, type: string, source: string, duration: number, forced?: number, at?: string }} LoafScript
 */
/**
 * A long animation frame, as the page reports it.
 * @typedef {{ start: number, duration: number, blocking: number, scripts: LoafScript[] }} Loaf
 */
/**
 * What the page's observers keep on its `window`.
 * @typedef {typeof window & { __loafs: Loaf[], __noLoaf?: boolean }} FlickWindow
 */
/**
 * A Long Animation Frames API entry (not in TypeScript's DOM types yet): the fields read here.
 * @typedef {PerformanceEntry & { blockingDuration: number, scripts: { invoker: string, invokerType: string, sourceURL: string, sourceFunctionName: string, sourceCharPosition: number, duration: number, forcedStyleAndLayoutDuration: number }[] }} LoafEntry
 */

/**
 * Scripts of the site itself (everything it ships, React included, inline ones too), not the browser's, an extension's or the bench's own frame counter (no URL).
 * @param {string} origin
 * @param {string} url
 */
const isSite = (origin, url) => url.startsWith(origin)

/**
 * Flicks through each of `urls` (from its top to its end, at most `maxSteps` steps), each in
 * a fresh page of `context` (a Playwright browser context), `times` rounds over, taking the
 * pages in turn within a round: pages that are compared are flicked alternately, so a
 * neighbour's burst on a shared machine falls on both rather than on whichever was flicked
 * while it lasted. Returns, per url, over all its flicks: the share of slow frames (and
 * each flick's), the long animation frames (over 50 ms) with the site's script time in
 * each, the time the site's scripts spent in forced style and layout, and the worst
 * attributions (invoker, source, duration, forced style and layout).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string[]} urls
 * @param {{ rate?: number, step?: number, every?: number, maxSteps?: number, times?: number }} [options]
 */
export async function flickEach(context, urls, { rate = 4, step = 300, every = 40, maxSteps = 150, times = 1 } = {}) {
  /** @type {Awaited<ReturnType<typeof flickOnce>>[][]} */
  const runs = urls.map(() => [])
  for (let t = 0; t < times; t++) {
    for (const [i, url] of urls.entries()) runs[i]?.push(await flickOnce(context, url, { rate, step, every, maxSteps }))
  }
  return urls.map((url, i) => summarize(url, runs[i] ?? []))
}

/**
 * One page's flicks, `times` over (see flickEach).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ rate?: number, step?: number, every?: number, maxSteps?: number, times?: number }} [options]
 */
export async function flick(context, url, options = {}) {
  const [only] = await flickEach(context, [url], options)
  if (!only) throw new Error(`no flick of ${url}`)
  return only
}

/**
 * The figures of one page's flicks.
 * @param {string} url
 * @param {Awaited<ReturnType<typeof flickOnce>>[]} runs
 */
function summarize(url, runs) {
  const frames = runs.flatMap((r) => r.frames)
  const loafs = runs.flatMap((r) => r.loafs)
  const origin = new URL(url).origin
  const siteScripts = (/** @type {Loaf} */ l) => l.scripts.filter((s) => isSite(origin, s.source))
  const siteMs = (/** @type {Loaf} */ l) => siteScripts(l).reduce((n, s) => n + s.duration, 0)
  const long = loafs.filter((l) => l.duration > 50)
  const worst = long.sort((a, b) => siteMs(b) - siteMs(a) || b.duration - a.duration)[0]
  const shorten = (/** @type {LoafScript} */ s) => ({ ...s, source: s.source.replace(origin, '') })
  return {
    supported: runs.every((r) => r.supported),
    steps: runs.at(-1)?.steps ?? 0,
    frames: frames.length,
    /** React commits (renders that reached the page) while flicking: scrolling should render nothing. */
    commits: runs.reduce((n, r) => n + r.commits, 0),
    slow: slowShare(frames),
    /** Each flick's share of slow frames, in the order they were taken. */
    slowEach: runs.map((r) => slowShare(r.frames)),
    longFrames: long.length,
    worstFrameMs: Math.max(0, ...loafs.map((l) => l.duration)),
    /** The most the site's scripts ran in any long animation frame (over 50 ms). */
    worstSiteScriptMs: worst ? siteMs(worst) : 0,
    /** That frame: its length and the site's scripts in it. */
    worst: worst ? { duration: worst.duration, scripts: siteScripts(worst).map(shorten) } : null,
    forcedLayoutMs: loafs.flatMap(siteScripts).reduce((n, s) => n + (s.forced ?? 0), 0),
    attributions: loafs
      .flatMap((l) => l.scripts)
      .filter((s) => s.duration >= 5)
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map(shorten),
  }
}

/**
 * One flick through `url` in a new page.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ rate: number, step: number, every: number, maxSteps: number }} options
 */
async function flickOnce(context, url, { rate, step, every, maxSteps }) {
  const page = await context.newPage()
  try {
    await page.addInitScript(countCommits)
    await page.addInitScript(() => {
      const win = /** @type {FlickWindow} */ (window)
      win.__loafs = []
      try {
        new PerformanceObserver((list) => {
          for (const e of /** @type {LoafEntry[]} */ (list.getEntries())) {
            win.__loafs.push({
              start: e.startTime,
              duration: e.duration,
              blocking: e.blockingDuration,
              scripts: e.scripts.map((s) => ({
                invoker: s.invoker,
                type: s.invokerType,
                source: s.sourceURL,
                at: `${s.sourceFunctionName || '(anonymous)'}@${s.sourceCharPosition}`,
                duration: s.duration,
                forced: s.forcedStyleAndLayoutDuration,
              })),
            })
          }
        }).observe({ type: 'long-animation-frame', buffered: true })
      } catch {
        win.__noLoaf = true
      }
    })
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120000 })
    // Hydrated and its reveals armed (or a plain page, which has none).
    await page.waitForFunction(() => document.querySelector('[data-reveal]') || !document.querySelector('script[type="module"], script[src]'), null, { timeout: 60000 })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    const from = await page.evaluate(() => performance.now())
    const commitsBefore = await commitsIn(page)
    await page.mouse.move(720, 450)
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)
    const steps = Math.min(maxSteps, Math.max(10, Math.ceil(height / step)))
    const frames = await wheelFrames(page, { steps, step, every })
    // The observer reports a long animation frame only after it ended: give its reports time to arrive.
    await page.waitForTimeout(500)
    const got = await page.evaluate((from) => {
      const win = /** @type {FlickWindow} */ (window)
      return { loafs: win.__loafs.filter((l) => l.start >= from), supported: !win.__noLoaf }
    }, from)
    const commits = (await commitsIn(page)) - commitsBefore
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    return { steps, frames, commits, ...got }
  } finally {
    await page.close()
  }
}
