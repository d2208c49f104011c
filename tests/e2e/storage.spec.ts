import { expect, test } from './fixtures.ts'

const LEGACY_PLACE = 'she-could-see-the-anguish-in'

test('settings, places and the fonts flag stored before the upgrade survive it, before the first paint', async ({ page }) => {
  await page.goto('/404.html')
  await page.evaluate((line) => {
    localStorage.setItem('chosen:prefs', JSON.stringify({ theme: 'sepia', size: 'l', pace: 'off' }))
    localStorage.setItem('chosen:place:buffy', line)
    localStorage.setItem('chosen:fonts', '1')
  }, LEGACY_PLACE)
  // What the inline head script set, before any module ran (the modules are left empty).
  await page.route(/\/assets\/.*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }))
  await page.goto('/read/buffy')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.locator('html')).toHaveAttribute('data-size', 'l')
  await expect(page.locator('html')).toHaveAttribute('data-fonts', '')
  await page.unrouteAll()
  await page.goto('/read/buffy')
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toBeVisible()
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('chosen:place:buffy')!))).toEqual({ v: 1, value: LEGACY_PLACE })
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('chosen:prefs')!).value)).toMatchObject({ theme: 'sepia', size: 'l', pace: 'off' })
})

test('landing from “See this moment from …” leaves the saved place alone; opening the piece still offers it', async ({ page }) => {
  await page.goto('/404.html')
  await page.evaluate((line) => localStorage.setItem('chosen:place:buffy', JSON.stringify({ v: 1, value: line })), LEGACY_PLACE)
  await page.goto('/read/spike')
  await page.getByRole('link', { name: 'See this moment from Buffy’s side' }).first().click()
  await expect(page).toHaveURL(/\/read\/buffy\/[a-z-]+$/)
  // Once the reading position has followed the landing (progress above 0%), a save would be
  // queued: it is written when the page is next idle (use-saved-place.ts). An idle callback
  // asked for after it runs after it, so once one has run, a wrong save would be in storage.
  await expect(page.locator('.toolbar-status')).not.toHaveText(/^Read 0%/)
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done, { timeout: 3000 }), { timeout: 3000 })))
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('chosen:place:buffy')!).value)).toBe(LEGACY_PLACE)
  await page.goto('/read/buffy')
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toBeVisible()
  await expect(page.locator('.continue-snippet')).toContainText('She could see the anguish')
})
