import { expect, test } from './fixtures.ts'
import { open } from './pages.ts'

test('a poisoned BroadcastChannel moves nothing and breaks nothing; a well-formed message for this deck version does', async ({ page, context }) => {
  // Live first: a key pressed before the page has hydrated is one no handler hears.
  await open(page, '/present/spike')
  const position = page.locator('.present-position')
  await expect(position).toHaveText(/^1 \/ \d+$/)
  const total = (await position.textContent())!.split('/')[1]!.trim()

  // Another window of the same site, listening and talking on the deck's channel.
  const other = await context.newPage()
  await other.goto('/404.html')
  await other.evaluate(() => {
    const w = window as unknown as { heard: unknown[]; ch: BroadcastChannel }
    w.heard = []
    w.ch = new BroadcastChannel('chosen:present:spike')
    w.ch.onmessage = (e) => w.heard.push(e.data)
  })
  await page.keyboard.press('ArrowRight')
  await expect(position).toHaveText(`2 / ${total}`)
  const sent = await other.evaluate(() => (window as unknown as { heard: Record<string, unknown>[] }).heard.at(-1))
  expect(sent).toEqual({ type: 'state', version: expect.stringMatching(/^[0-9a-f]{8}$/), slide: expect.any(String), blackout: false, auto: false, paceLevel: 2, loop: false })

  await other.evaluate((good) => {
    const ch = (window as unknown as { ch: BroadcastChannel }).ch
    for (const bad of [
      { index: 99999 },
      'abc',
      null,
      10n,
      { type: 'state', state: { index: 99999 } },
      { ...good, slide: '', version: '00000000' },
      { ...good, slide: 'no-such-line' },
      { ...good, slide: '', paceLevel: 'abc' },
      { type: 'hello' },
    ])
      ch.postMessage(bad)
  }, sent)
  // A hello is answered: when its answer is heard, every message before it has been handled.
  await other.evaluate((version) => (window as unknown as { ch: BroadcastChannel }).ch.postMessage({ type: 'hello', version }), sent!.version)
  await expect.poll(() => other.evaluate(() => (window as unknown as { heard: unknown[] }).heard.length)).toBeGreaterThan(1)
  await expect(position).toHaveText(`2 / ${total}`)
  await expect(page.locator('[data-view="present"]')).toBeVisible()

  await other.evaluate((good) => (window as unknown as { ch: BroadcastChannel }).ch.postMessage({ ...good, slide: '', blackout: true, extra: 'ignored' }), sent)
  await expect(position).toHaveText(`1 / ${total}`)
  await expect(page.locator('.present.black')).toHaveCount(1)
})

test.describe('when storage throws on every access (blocked cookies, private modes)', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
    })
  })

  test('the presenter window works: lines, timer and controls', async ({ page }) => {
    // The page's clock, so that a minute passes at once.
    await page.clock.install()
    await page.goto('/present/spike?presenter')
    await expect(page.getByText(/^Line\s*1\s*of\s*\d+$/)).toBeVisible()
    const elapsed = page.locator('.presenter-stats strong').nth(1)
    await expect(elapsed).toHaveText('0:00')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByText(/^Line\s*2\s*of\s*\d+$/)).toBeVisible()
    await page.clock.fastForward(65_000)
    await expect(elapsed).toHaveText('1:05')
    // Restarting writes the start to storage, which throws: the timer restarts all the same.
    await page.getByRole('button', { name: 'restart' }).click()
    await expect(elapsed).toHaveText('0:00')
  })

  test('the reader works and keeps this page’s settings', async ({ page }) => {
    await page.goto('/read/spike')
    await expect(page.locator('html[data-theme="night"]')).toHaveCount(1)
    await page.getByRole('button', { name: /settings/i }).click()
    await page.getByRole('radio', { name: 'Sepia' }).click()
    await expect(page.locator('html[data-theme="sepia"]')).toHaveCount(1)
    await page.mouse.wheel(0, 900)
    await expect(page.getByRole('heading', { level: 1, name: 'For Her' })).toBeVisible()
  })
})
