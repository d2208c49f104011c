import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { AxeBuilder } from '@axe-core/playwright'
import { DESKTOP, PHONE, openBrowser, readByWheel, visit } from './helpers.mjs'

const VIEWS = ['/', '/read/buffy', '/read/spike', '/side-by-side/chosen', '/read/nobody']
const THEMES = ['night', 'sepia', 'light']

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

describe('axe finds no violations', () => {
  let browser
  before(async () => {
    browser = await openBrowser()
  })
  after(async () => {
    await browser.close()
  })

  for (const size of [DESKTOP, PHONE]) {
    for (const theme of THEMES) {
      test(`every view at ${size.width}×${size.height}, ${theme} theme, before and after the reveals`, async () => {
        const page = browser.context.pages()[0]
        await page.setViewportSize(size)
        await visit(browser.context, '/')
        await page.evaluate((t) => localStorage.setItem('chosen:prefs', JSON.stringify({ theme: t })), theme)
        for (const path of VIEWS) {
          await visit(browser.context, path, { page })
          assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? 'night'), theme)
          assert.deepEqual(await violations(page), [], `${path} before reading`)
          if (path.startsWith('/read/') || path.startsWith('/side-by-side/')) {
            await readByWheel(page, { step: 900, pause: 60 })
            await page.waitForTimeout(300)
            assert.deepEqual(await violations(page), [], `${path} after reading`)
          }
        }
        await page.evaluate(() => localStorage.clear())
      })
    }
  }
})
