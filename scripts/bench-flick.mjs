// The flick of `npm run bench`: wheel steps of 300 px every 40 ms (about 7,500 px/s, a
// thumb flicking through a story) under 4× CPU throttling, with every long animation
// frame attributed by the Long Animation Frames API to the scripts that ran in it.

/** Scripts of the site itself (everything it ships, React included), not the browser's or an extension's. */
const isSite = (origin, url) => url === '' || url.startsWith(origin)

/**
 * Flicks through `url` in a new page of `context` (a Playwright browser context) and
 * returns: the share of slow frames (over 33 ms), the long animation frames (over 50 ms)
 * with the site's script time in each, and the worst attributions (invoker, source,
 * duration, forced style and layout).
 */
export async function flick(context, url, { rate = 4, step = 300, every = 40 } = {}) {
  const page = await context.newPage()
  const origin = new URL(url).origin
  await page.addInitScript(() => {
    window.__loafs = []
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__loafs.push({
            start: e.startTime,
            duration: e.duration,
            blocking: e.blockingDuration,
            scripts: e.scripts.map((s) => ({ invoker: s.invoker, type: s.invokerType, source: s.sourceURL, duration: s.duration, forced: s.forcedStyleAndLayoutDuration })),
          })
        }
      }).observe({ type: 'long-animation-frame', buffered: true })
    } catch {
      window.__noLoaf = true
    }
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  // Hydrated and its reveals armed (or a plain page, which has none).
  await page.waitForFunction(() => document.querySelector('[data-reveal]') || !document.querySelector('script[type="module"], script[src]'), null, { timeout: 30000 })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
  const from = await page.evaluate(() => {
    window.__frames = []
    window.__stop = false
    let last = performance.now()
    const loop = (t) => {
      window.__frames.push(t - last)
      last = t
      if (!window.__stop) requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
    return performance.now()
  })
  await page.mouse.move(720, 450)
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)
  const steps = Math.max(10, Math.ceil(height / step))
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, step)
    // A fixed pause on purpose: the flick is defined by its timing (a step every 40 ms).
    await page.waitForTimeout(every)
  }
  // Let the last frames of the flick land before reading the figures.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  const got = await page.evaluate((from) => {
    window.__stop = true
    const frames = window.__frames.slice(1)
    return { frames, loafs: window.__loafs.filter((l) => l.start >= from), supported: !window.__noLoaf }
  }, from)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await page.close()
  const long = got.loafs.filter((l) => l.duration > 50)
  const siteMs = (l) => l.scripts.filter((s) => isSite(origin, s.source)).reduce((n, s) => n + s.duration, 0)
  const attributions = got.loafs
    .flatMap((l) => l.scripts)
    .filter((s) => s.duration >= 5)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 5)
    .map((s) => ({ ...s, source: s.source.replace(origin, '') }))
  return {
    supported: got.supported,
    steps,
    slow: got.frames.filter((d) => d > 33).length / Math.max(1, got.frames.length),
    longFrames: long.length,
    worstFrameMs: Math.max(0, ...got.loafs.map((l) => l.duration)),
    /** The most the site's scripts ran in any long animation frame (over 50 ms). */
    worstSiteScriptMs: Math.max(0, ...long.map(siteMs)),
    forcedLayoutMs: got.loafs.flatMap((l) => l.scripts).reduce((n, s) => n + (s.forced ?? 0), 0),
    attributions,
  }
}
