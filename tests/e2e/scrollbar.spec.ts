import { expect, page404, test } from './fixtures.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts'

// A classic scrollbar, as desktop Linux and Windows draw it and Lighthouse's Chrome has it
// (Playwright hides scrollbars by default, which hid this shift from every other test).
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] } })

const bodyWidth = () => document.body.getBoundingClientRect().width

test('a page that scrolls is laid out with room for the scrollbar before it overflows, so the text never moves sideways when it does', async ({ page, problems }) => {
  // A page that does not overflow (the not-found page), then one that does (a story): the
  // same width for the text, where without the reserved gutter the short page had 15 px more.
  await page.goto('/read/nobody')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(false)
  const short = await page.evaluate(bodyWidth)
  // The browser logs the not-found page's own 404.
  expect(problems.console).toEqual([page404('/read/nobody')])
  problems.console.length = 0
  await page.goto('/read/spike')
  await expect(page.locator('[data-reveal]')).toBeAttached()
  expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true)
  const long = await page.evaluate(bodyWidth)
  const viewport = page.viewportSize()?.width ?? 0
  expect(long).toBeLessThan(viewport)
  expect(short).toBe(long)
})

test('presenting keeps the whole screen: no room is kept for a scrollbar there', async ({ page }) => {
  await page.goto('/present/chosen')
  await expect(page.locator('.present')).toBeVisible()
  expect(await page.evaluate(bodyWidth)).toBe(page.viewportSize()?.width)
})
