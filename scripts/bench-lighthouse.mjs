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

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo'])
/** @typedef {(typeof CATEGORIES)[number]} Category */
/** @typedef {'mobile' | 'desktop'} Form */
/**
 * One run's figures: the scores (0–100), the metrics (ms; CLS unitless), the long tasks and the audits not passed.
 * @typedef {Record<Category, number> & { lcp: number, cls: number, tbt: number, longTasks: string[], failing: string[] }} Run
 */
/**
 * A page's figures in one form over every run: the median of each score and metric, the blocking time of each run and the worst, and every long task (from runs that blocked) and audit not passed.
 * @typedef {Record<Category | 'lcp' | 'cls' | 'tbt', number> & { tbtRuns: number[], worstTbt: number, longTasks: string[], failing: string[] }} Figures
 */
/**
 * A metric's audit (LCP, CLS, TBT): Lighthouse types every audit's `numericValue` as optional and any id's
 * audit as possibly missing, but the default config always runs these three and gives each its figure.
 * @typedef {{ numericValue: number }} MetricAudit
 */
/**
 * What is read of a table audit's `details`: Lighthouse types `details` as the union of every kind of
 * details (some without `items`) and a table's rows as loose `TableItem`s; `layout-shifts` and `long-tasks`
 * are tables whose rows have these fields.
 * @template Row
 * @typedef {{ items?: Row[] } | undefined} TableDetails
 */
/** @typedef {{ node?: { selector?: string }, score: number }} ShiftRow */
/** @typedef {{ url: string, startTime: number, duration: number }} LongTaskRow */

/**
 * The median of `xs` (the upper one of an even count).
 * @param {number[]} xs
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  // xs is never empty here (a figure per run, at least one run): the middle one is there.
  return /** @type {number} */ (s[Math.floor(s.length / 2)])
}

/**
 * `pages` maps a name to a URL; returns { [name]: { mobile: figures, desktop: figures } }.
 * @param {Record<string, string>} pages
 * @param {{ runs?: number, log?: (line: string) => void }} [options]
 */
export async function lighthousePages(pages, { runs = 5, log = () => {} } = {}) {
  /** @type {Record<string, Record<Form, Figures>>} */
  const out = {}
  for (const [name, url] of Object.entries(pages)) {
    // Empty for a moment: both forms are filled in just below.
    const byForm = (out[name] = /** @type {Record<Form, Figures>} */ ({}))
    for (const form of /** @type {const} */ (['mobile', 'desktop'])) {
      /** @type {Run[]} */
      const each = []
      for (let i = 0; i < runs; i++) {
        const lhr = await firstVisit(url, form)
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
          .map((a) => a.id)
        const shifts = /** @type {TableDetails<ShiftRow>} */ (lhr.audits['layout-shifts']?.details)
        const tasks = /** @type {TableDetails<LongTaskRow>} */ (lhr.audits['long-tasks']?.details)
        // A shift in any run names what moved, so a rare one can be found again.
        const shifted = (shifts?.items ?? []).map((s) => `${s.node?.selector ?? '?'} ${Number(s.score).toFixed(3)}`)
        if (shifted.length) failing.push(`layout shift (${shifted.join(', ')})`)
        each.push({
          .../** @type {Record<Category, number>} */ (Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]))),
          lcp: /** @type {MetricAudit} */ (lhr.audits['largest-contentful-paint']).numericValue,
          cls: /** @type {MetricAudit} */ (lhr.audits['cumulative-layout-shift']).numericValue,
          tbt: /** @type {MetricAudit} */ (lhr.audits['total-blocking-time']).numericValue,
          // The main thread's long tasks, as Lighthouse's simulation puts them: where the blocking comes from.
          longTasks: (tasks?.items ?? []).map((t) => `${String(t.url).replace(/^https?:\/\/[^/]+/, '')} at ${Math.round(t.startTime)} ms, ${Math.round(t.duration)} ms`),
          failing,
        })
      }
      byForm[form] = {
        .../** @type {Record<Category | 'lcp' | 'cls' | 'tbt', number>} */ (
          Object.fromEntries(/** @type {const} */ ([...CATEGORIES, 'lcp', 'cls', 'tbt']).map((k) => [k, median(each.map((e) => e[k]))]))
        ),
        // Blocking time in every run, not only the median: a first visit is one run.
        tbtRuns: each.map((e) => e.tbt),
        worstTbt: Math.max(...each.map((e) => e.tbt)),
        longTasks: [...new Set(each.filter((e) => e.tbt > 0).flatMap((e) => e.longTasks))],
        // Audits that failed in any run, so a score under 100 says why.
        failing: [...new Set(each.flatMap((e) => e.failing))],
      }
      log(
        `lighthouse ${name} ${form}: ${CATEGORIES.map((c) => byForm[form][c]).join('/')} LCP ${byForm[form].lcp.toFixed(0)} ms, TBT ${byForm[form].tbtRuns.map((t) => t.toFixed(0)).join('/')} ms`,
      )
    }
  }
  return out
}

/**
 * One Lighthouse run of `url` in a new Chromium with a new profile.
 * @param {string} url
 * @param {Form} form
 */
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
