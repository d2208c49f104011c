// Lighthouse for the benchmark: every page, mobile and desktop, run `runs` times, each in
// a new Debian Chromium with a new profile (a first visit: nothing cached or remembered,
// as Lighthouse means it), reporting the median of each figure, and the blocking time of every run. Lighthouse's default
// (simulated) throttling, as anyone running it from Chrome's DevTools would see it.
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { ARGS, CHROMIUM } from './browser.mjs'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** `pages` maps a name to a URL; returns { [name]: { mobile: figures, desktop: figures } }. */
export async function lighthousePages(pages, { runs = 5, log = () => {} } = {}) {
  const out = {}
  for (const [name, url] of Object.entries(pages)) {
    out[name] = {}
    for (const form of ['mobile', 'desktop']) {
      const each = []
      for (let i = 0; i < runs; i++) {
        const lhr = await firstVisit(url, form)
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
          .map((a) => a.id)
        // A shift in any run names what moved, so a rare one can be found again.
        const shifted = (lhr.audits['layout-shifts']?.details?.items ?? []).map((s) => `${s.node?.selector ?? '?'} ${Number(s.score).toFixed(3)}`)
        if (shifted.length) failing.push(`layout shift (${shifted.join(', ')})`)
        each.push({
          ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          // The main thread's long tasks, as Lighthouse's simulation puts them: where the blocking comes from.
          longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map(
            (t) => `${String(t.url).replace(/^https?:\/\/[^/]+/, '')} at ${Math.round(t.startTime)} ms, ${Math.round(t.duration)} ms`,
          ),
          failing,
        })
      }
      out[name][form] = {
        ...Object.fromEntries([...CATEGORIES, 'lcp', 'cls', 'tbt'].map((k) => [k, median(each.map((e) => e[k]))])),
        // Blocking time in every run, not only the median: a first visit is one run.
        tbtRuns: each.map((e) => e.tbt),
        worstTbt: Math.max(...each.map((e) => e.tbt)),
        longTasks: [...new Set(each.filter((e) => e.tbt > 0).flatMap((e) => e.longTasks))],
        // Audits that failed in any run, so a score under 100 says why.
        failing: [...new Set(each.flatMap((e) => e.failing))],
      }
      log(
        `lighthouse ${name} ${form}: ${CATEGORIES.map((c) => out[name][form][c]).join('/')} LCP ${out[name][form].lcp.toFixed(0)} ms, TBT ${out[name][form].tbtRuns.map((t) => t.toFixed(0)).join('/')} ms`,
      )
    }
  }
  return out
}

async function firstVisit(url, form) {
  const profile = mkdtempSync(join(process.cwd(), '.tmp', 'lh-'))
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, userDataDir: profile, chromeFlags: ['--headless=new', ...ARGS] })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, form === 'desktop' ? desktopConfig : undefined)
    const lhr = result?.lhr
    if (!lhr || lhr.runtimeError) throw new Error(`lighthouse ${url} (${form}): ${lhr?.runtimeError?.message ?? 'no result'}`)
    return lhr
  } finally {
    await chrome.kill()
    rmSync(profile, { recursive: true, force: true })
  }
}
