import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { PHONE } from './fixtures.ts'
import { deckOf, expect, test } from './live-fixtures.ts'

const chosen = deckOf('chosen')

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('axe finds no violations on the live pages mid-show, on a phone, in each theme', async ({ page, live, request }) => {
  // Three pages in three themes, axe on each: minutes on a busy 2-core machine.
  test.setTimeout(240_000)
  const secret = live.secret()
  const go = await request.post(`${live.origin}/_live/control`, {
    headers: { authorization: `Bearer ${secret}` },
    data: { v: 1, type: 'go', show: 'chosen', version: chosen.version, slide: chosen.slides[6]!.id, blackout: false },
  })
  expect(go.status()).toBe(200)
  await page.setViewportSize(PHONE)
  for (const theme of ['night', 'sepia', 'light']) {
    await page.goto(`${live.origin}/follow`)
    await page.evaluate((t) => localStorage.setItem('chosen:prefs', JSON.stringify({ theme: t })), theme)
    for (const path of ['/follow', '/script/chosen/buffy', `/remote#key=${secret}`, `/live#key=${secret}`]) {
      await page.goto(`${live.origin}${path}`)
      await expect(page.locator('.live-pill')).toHaveText(/^Live/)
      // The theme chosen is the one audited.
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      expect(await violations(page), `${path} in ${theme}`).toEqual([])
    }
  }
})
