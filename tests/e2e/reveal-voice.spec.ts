import type { Page } from '@playwright/test'
import { groupBy } from '../../src/reveal/group-by.ts'
import { DESKTOP, PHONE, expect, test } from './fixtures.ts'

interface Paced {
  /** The paragraph's place among the page's paragraphs. */
  readonly para: number
  /** Its column's left edge. */
  readonly x: number
  /** Its telling (`data-flow`). */
  readonly flow: string
  /** When each of its lines arrives, ms on the page's timeline. */
  readonly arrivals: number[]
}

/**
 * Scrolls once (a single step after a pause reads as reading, not flicking) so that the
 * first two waiting paragraphs (of `flow`, or of any column) reach the reading zone together, and returns
 * every paragraph that then started arriving, with when each of its lines arrives —
 * recorded as each line's fade is started, so no fade can finish before it is seen.
 */
async function enterTogether(page: Page, flow?: string): Promise<Paced[]> {
  await expect(page.locator('[data-reveal="paced"][data-settled]')).toHaveCount(1)
  const dy = await page.evaluate((flow) => {
    const log: { para: Element | null; at: number }[] = []
    Object.assign(window, { __fades: log })
    const animate = Element.prototype.animate
    Element.prototype.animate = function (this: Element, keyframes, options) {
      const delay = typeof options === 'object' ? Number(options.delay ?? 0) : 0
      log.push({ para: this.closest('[data-para]'), at: Number(document.timeline.currentTime) + delay })
      return animate.call(this, keyframes, options)
    }
    const h = window.innerHeight
    const waiting = [...document.querySelectorAll<HTMLElement>(`[data-para]${flow ? `[data-flow="${flow}"]` : ''}[data-armed]:not([data-shown])`)]
    const [, b] = waiting.filter((p) => p.getBoundingClientRect().top > h * 0.9)
    if (!b) throw new Error('no two waiting paragraphs below the zone')
    // The second one's top lands at 80% of the screen: both are in the zone (it ends at 88%), well below the eye (35%).
    return b.getBoundingClientRect().top - h * 0.8
  }, flow)
  await page.evaluate((dy) => window.scrollBy(0, dy), dy)
  // The second paragraph starts only once the first has been said: several seconds at a reading pace.
  await expect.poll(() => page.locator(`[data-shown="paced"]${flow ? `[data-flow="${flow}"]` : ''}`).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('[data-para]')]
    const log = (window as unknown as { __fades: { para: Element | null; at: number }[] }).__fades
    const paced = all.filter((p) => (p as HTMLElement).dataset.shown === 'paced')
    return paced.map((p) => ({
      para: all.indexOf(p),
      x: Math.round(p.getBoundingClientRect().left),
      flow: (p as HTMLElement).dataset.flow ?? '',
      arrivals: log.filter((f) => f.para === p).map((f) => f.at),
    }))
  })
}

/** Every line of each paragraph arrives before any line of the next: one voice. */
function expectOneVoice(paced: readonly Paced[]): void {
  const ordered = [...paced].sort((a, b) => a.para - b.para)
  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1]!
    const after = ordered[i]!
    expect(before.arrivals.length, `paragraph ${before.para} had lines arrive`).toBeGreaterThan(0)
    expect(after.arrivals.length, `paragraph ${after.para} had lines arrive`).toBeGreaterThan(0)
    expect(Math.min(...after.arrivals), `paragraph ${after.para} starts after every line of paragraph ${before.para}`).toBeGreaterThan(Math.max(...before.arrivals))
  }
}

test('two paragraphs reaching the reading zone together arrive one after the other, never interleaved', async ({ page }) => {
  await page.setViewportSize(DESKTOP)
  await page.goto('/read/buffy')
  const paced = await enterTogether(page, 'buffy')
  expect(paced.length).toBeGreaterThanOrEqual(2)
  expectOneVoice(paced)
})

test('side by side on a wide screen each column is its own voice; on a phone the interleaved tellings are one', async ({ page }) => {
  await page.setViewportSize(DESKTOP)
  await page.goto('/side-by-side/chosen')
  const wide = await enterTogether(page, 'spike')
  const columns = [...groupBy(wide, (p) => p.x).values()]
  // Spike's two paragraphs, and Buffy's beside them, which entered the zone in the same scroll.
  expect(columns.length, 'both columns are saying something').toBe(2)
  expect(wide.filter((p) => p.flow === 'spike').length, 'Spike’s column has two paragraphs to say').toBeGreaterThanOrEqual(2)
  for (const column of columns) expectOneVoice(column)
  // The columns don't wait for each other: each starts before the other has finished.
  const [a, b] = columns.map((c) => c.flatMap((p) => p.arrivals))
  expect(Math.min(...b!)).toBeLessThanOrEqual(Math.max(...a!))
  expect(Math.min(...a!)).toBeLessThanOrEqual(Math.max(...b!))

  await page.setViewportSize(PHONE)
  await page.goto('/side-by-side/chosen')
  const phone = await enterTogether(page)
  expect(new Set(phone.map((p) => p.x)).size, 'stacked: one column').toBe(1)
  expect(phone.length).toBeGreaterThanOrEqual(2)
  expectOneVoice(phone)
})
