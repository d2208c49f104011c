import type { Page } from '@playwright/test'
import { PROJECTOR, expect, test } from './fixtures.ts'
import { hydrated, open } from './pages.ts'
import { storyLines } from './story-data.ts'

// Each test has its own context and shares nothing: spread them over the workers.
test.describe.configure({ mode: 'parallel' })

/** The slide on the stage: the one named, not the one fading out as it comes. */
const stage = (page: Page) => page.locator('.stage-slide:not(.is-leaving) .stage-fit')
const blackout = (page: Page) => page.locator('.blackout')
const stageText = async (page: Page) => ((await stage(page).textContent()) ?? '').replace(/\s+/g, ' ').trim()

test.use({ viewport: PROJECTOR })

test('a clicker steps with PageDown and PageUp; arrows, Home and End too; the address follows', async ({ page }) => {
  await open(page, '/present/buffy')
  await expect(stage(page)).toContainText('Chapter 1')
  await page.keyboard.press('PageDown')
  await expect(stage(page)).toHaveText('Buffy stared at their hands.')
  await expect(page).toHaveURL(/\/present\/buffy\/buffy-stared-at-their-hands$/)
  await expect(page.locator('[aria-live="polite"]'), 'the new line is announced, once, alone').toHaveText('Buffy stared at their hands.')
  await page.keyboard.press('ArrowRight')
  await expect(stage(page)).toHaveText('She couldn’t look away.')
  await page.keyboard.press('PageUp')
  await expect(stage(page)).toHaveText('Buffy stared at their hands.')
  await page.keyboard.press('End')
  await expect(stage(page)).toHaveText(storyLines('buffy').at(-1)?.text ?? 'no last line')
  await page.keyboard.press('Home')
  await expect(stage(page)).toContainText('Chapter 1')
  await page.mouse.click(960, 540)
  await expect(stage(page), 'a click advances').toHaveText('Buffy stared at their hands.')
})

test('reload resumes at the same line', async ({ page }) => {
  await open(page, '/present/spike/fire')
  const here = await stageText(page)
  await page.keyboard.press('ArrowDown')
  await expect(stage(page)).not.toHaveText(here)
  const next = await stageText(page)
  const url = page.url()
  expect(url, 'the address follows the line').not.toMatch(/\/present\/spike\/fire$/)
  await page.reload()
  await hydrated(page)
  await expect(stage(page)).toHaveText(next)
  expect(page.url()).toBe(url)
})

test('B and . black out and come back; a step brings the stage back', async ({ page }) => {
  await open(page, '/present/buffy/fire')
  await page.keyboard.press('b')
  await expect(blackout(page)).toHaveCSS('opacity', '1')
  await page.keyboard.press('.')
  await expect(blackout(page)).toHaveCSS('opacity', '0')
  const here = await stageText(page)
  await page.keyboard.press('.')
  await expect(blackout(page)).toHaveCSS('opacity', '1')
  await page.keyboard.press('PageDown')
  await expect(blackout(page)).toHaveCSS('opacity', '0')
  await expect(stage(page), 'the first step only lifts the black').toHaveText(here)
})

test('A auto-advances at the chosen pace and pauses; + and - change the pace', async ({ page }) => {
  // The page's clock, so that a slide's hold (seconds) passes at once.
  await page.clock.install()
  await open(page, '/present/buffy/the-good')
  const first = await stageText(page)
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await expect(page.locator('.present-pace')).toHaveText('260 wpm')
  await page.keyboard.press('-')
  await expect(page.locator('.present-pace')).toHaveText('210 wpm')
  await page.keyboard.press('+')
  await expect(page.locator('.present-pace')).toHaveText('260 wpm')
  await page.keyboard.press('a')
  await expect(page.getByRole('button', { name: 'Pause auto-advance' })).toHaveAttribute('aria-pressed', 'true')
  // A minute is longer than any slide's hold (a 100-word line at 260 wpm holds 25 s): the
  // timer of a playing show fires.
  await page.clock.fastForward(60_000)
  await expect(stage(page), 'it advances by itself').not.toHaveText(first)
  await page.keyboard.press('a')
  await expect(page.getByRole('button', { name: 'Play auto-advance' })).toHaveAttribute('aria-pressed', 'false')
  const paused = await stageText(page)
  // Paused, a minute passes and nothing moves.
  await page.clock.fastForward(60_000)
  await expect(stage(page), 'paused, it stays').toHaveText(paused)
  await expect(page.getByRole('button', { name: 'Play auto-advance' })).toHaveAttribute('aria-pressed', 'false')
})

test('F toggles full screen; F5 does too instead of reloading; Esc leaves to the reader at the same moment', async ({ page }) => {
  const fullscreen = () => page.evaluate(() => Boolean(document.fullscreenElement))
  await open(page, '/present/spike/i-love-you')
  await page.keyboard.press('f')
  await expect.poll(fullscreen).toBe(true)
  await page.evaluate(() => document.exitFullscreen())
  await expect.poll(fullscreen).toBe(false)
  await page.evaluate(() => ((window as unknown as { still: boolean }).still = true))
  await page.keyboard.press('F5')
  await expect.poll(fullscreen).toBe(true)
  expect(await page.evaluate(() => (window as unknown as { still?: boolean }).still), 'F5 did not reload').toBe(true)
  await page.evaluate(() => document.exitFullscreen())
  await expect.poll(fullscreen).toBe(false)
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/read\/spike\/i-love-you-there-she-said$/)
})

test('? shows the keys; Q shows a QR code of this moment’s link', async ({ page, baseURL }) => {
  await open(page, '/present/chosen/the-end')
  await page.keyboard.press('?')
  const keys = page.getByRole('dialog', { name: 'Keys' })
  await expect(keys).toBeVisible()
  await expect(keys.getByRole('row', { name: /Next line/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(keys).toHaveCount(0)
  await page.keyboard.press('q')
  const qr = page.getByRole('img', { name: /QR code for/ })
  await expect(qr).toHaveAttribute('aria-label', `QR code for ${baseURL}/present/chosen/despite-everything-spike-made-her-feel`)
  await page.keyboard.press('Escape')
  await expect(qr).toHaveCount(0)
})

test('with single-key shortcuts off, letters do nothing but named keys still work', async ({ page }) => {
  await open(page, '/present/buffy/fire')
  const shortcuts = page.getByRole('button', { name: 'Single-key shortcuts' })
  // By keyboard: the controls fade with an idle cursor (3 s), and a pointer click on a faded
  // control meets the stage (Playwright does not move the mouse first); focus brings them back.
  await shortcuts.focus()
  await page.keyboard.press('Enter')
  await expect(shortcuts).toHaveAttribute('aria-pressed', 'false')
  const here = await stageText(page)
  await page.keyboard.press('b')
  await page.keyboard.press('PageDown')
  // Keys are handled in order: once PageDown has moved the stage, the B before it was seen and ignored.
  await expect(stage(page)).not.toHaveText(here)
  await expect(page.locator('.present')).not.toHaveClass(/\bblack\b/)
  await expect(blackout(page)).toHaveCSS('opacity', '0')
})

test('the presenter window opens from S and stays in step with the audience, whichever is driven', async ({ page, context }) => {
  await open(page, '/present/chosen/hands')
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  const now = presenter.locator('.presenter-now .slide-parts')
  await expect(now).toContainText('Buffy stared at their hands')
  await hydrated(presenter)
  await page.keyboard.press('PageDown')
  await expect(now).toContainText('She couldn’t look away')
  await expect(presenter.locator('.presenter-next')).toContainText('Two hands')
  await presenter.keyboard.press('PageDown')
  await expect(now, 'the presenter window steps itself').toContainText('Two hands')
  await expect(stage(page), 'and the audience follows').toContainText('Two hands')
  await presenter.reload()
  await expect(now, 'the presenter window reloads at the same place').toContainText('Two hands')
  await expect(presenter.locator('.presenter-stats')).toHaveText(/Line \d+ of \d+.*Elapsed.*Clock/)
  await presenter.close()
})

test('a clicker pressed quickly, forwards and back, always leaves the slide it names on the stage', async ({ page }) => {
  await open(page, '/present/buffy/buffy-stared-at-their-hands')
  const position = page.locator('.present-position')
  await expect(stage(page)).toHaveText('Buffy stared at their hands.')
  const here = (await position.textContent()) ?? ''
  // The steps come at intervals around the cross-fade's own length, the timing at which
  // framer-motion's AnimatePresence (mode "wait") kept a stale slide on the stage for good
  // (motiondivision/motion#3803): these waits are the clicker's rhythm under test.
  for (const gap of [0, 150, 300, 450]) {
    for (const key of ['PageDown', 'PageDown', 'PageUp', 'PageUp']) {
      await page.keyboard.press(key)
      await page.waitForTimeout(gap)
    }
    await expect(position, 'two steps on and two back').toHaveText(here)
    await expect(stage(page), `after steps ${gap} ms apart`).toHaveText('Buffy stared at their hands.')
    await expect(page.locator('.stage-fit'), 'and, once the old one has faded, nothing else').toHaveCount(1)
  }
})

test('a blocked presenter window is said, with a link that opens it', async ({ page }) => {
  await open(page, '/present/buffy')
  await page.evaluate(() => (window.open = () => null))
  await page.keyboard.press('s')
  await expect(page.getByRole('alert').filter({ hasText: 'blocked the presenter window' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open the presenter window' })).toHaveAttribute('href', /\/present\/buffy\?presenter$/)
})

/** How far slide `i` of `count` overflows the stage (Infinity until it is the one slide on it). */
function slideOverflow([i, count]: readonly [number, number]): number {
  const stages = document.querySelectorAll('.stage-fit')
  const el = stages[0]
  if (document.querySelector('.present-position')?.textContent !== `${i} / ${count}` || stages.length !== 1 || !el) return Infinity
  return Math.max(el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth)
}

test.describe('every slide fits the screen', () => {
  // Slides cross-fade; with reduced motion they switch at once, so each is measured the moment it is on.
  test.use({ reducedMotion: 'reduce' })

  for (const [width, height, shape] of [
    [1920, 1080, '16:9'],
    [1024, 768, '4:3'],
  ] as const) {
    test(`at ${shape}`, async ({ page }) => {
      // One step per slide of the longest deck (both tellings): slow on a busy machine, never stuck.
      test.slow()
      await page.setViewportSize({ width, height })
      await open(page, '/present/chosen')
      const position = page.locator('.present-position')
      const count = Number(((await position.textContent()) ?? '').split('/')[1])
      expect(count, 'the title, then every line of both tellings').toBeGreaterThan(storyLines('buffy').length)
      for (let i = 1; i <= count; i++) {
        // Slide i, alone on the stage, measured once its text is fitted (the fitting takes a
        // frame or two after the slide comes on): it fails only if it never fits.
        await expect
          .poll(() => page.evaluate(slideOverflow, [i, count] as const), { message: `slide ${i} at ${width}×${height} overflows`, timeout: 10_000 })
          .toBeLessThanOrEqual(1)
        await page.keyboard.press('ArrowRight')
      }
    })
  }
})

test('the idle cursor hides and there is no role=application', async ({ page }) => {
  await open(page, '/present/buffy')
  await page.mouse.move(100, 100)
  await expect(page.locator('.present')).not.toHaveCSS('cursor', 'none')
  // The cursor hides after a few idle seconds: the wait is the idle time itself.
  await expect(page.locator('.present')).toHaveCSS('cursor', 'none', { timeout: 10_000 })
  await expect(page.locator('[role="application"]')).toHaveCount(0)
})
