import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { ORIGIN, openBrowser, visit } from './helpers.mjs'

const stageText = (page) => page.$eval('.stage-fit', (el) => el.textContent.replace(/\s+/g, ' ').trim())
const livePoliteText = (page) => page.$eval('[aria-live="polite"]', (el) => el.textContent)
const anchorOf = (page) => new URL(page.url()).pathname

describe('presenting', () => {
  let browser
  before(async () => {
    browser = await openBrowser({ viewport: { width: 1920, height: 1080 } })
  })
  after(async () => {
    assert.deepEqual(browser.problems, [])
    assert.deepEqual(browser.foreign, [])
    await browser.close()
  })

  test('a clicker steps with PageDown and PageUp; arrows, Home and End too; the address follows', async () => {
    const { page } = await visit(browser.context, '/present/buffy')
    assert.match(await stageText(page), /Chapter 1/)
    await page.keyboard.press('PageDown')
    await page.waitForTimeout(700)
    assert.equal(await stageText(page), 'Buffy stared at their hands.')
    assert.equal(anchorOf(page), '/present/buffy/buffy-stared-at-their-hands')
    assert.equal(await livePoliteText(page), 'Buffy stared at their hands.', 'the new line is announced, once, alone')
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(700)
    assert.equal(await stageText(page), 'She couldn’t look away.')
    await page.keyboard.press('PageUp')
    await page.waitForTimeout(700)
    assert.equal(await stageText(page), 'Buffy stared at their hands.')
    await page.keyboard.press('End')
    await page.waitForTimeout(700)
    assert.equal(await stageText(page), 'They were consumed by the flames.')
    await page.keyboard.press('Home')
    await page.waitForTimeout(700)
    assert.match(await stageText(page), /Chapter 1/)
    await page.mouse.click(960, 540)
    await page.waitForTimeout(700)
    assert.equal(await stageText(page), 'Buffy stared at their hands.', 'a click advances')
  })

  test('reload resumes at the same line', async () => {
    const { page } = await visit(browser.context, '/present/spike/fire')
    await page.waitForTimeout(300)
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(700)
    const here = await stageText(page)
    await page.reload({ waitUntil: 'networkidle' })
    await page.waitForTimeout(300)
    assert.equal(await stageText(page), here)
  })

  test('B and . black out and come back; a step brings the stage back', async () => {
    const { page } = await visit(browser.context, '/present/buffy/fire')
    await page.keyboard.press('b')
    await page.waitForTimeout(500)
    assert.equal(await page.$eval('.blackout', (el) => getComputedStyle(el).opacity), '1')
    await page.keyboard.press('.')
    await page.waitForTimeout(500)
    assert.equal(await page.$eval('.blackout', (el) => getComputedStyle(el).opacity), '0')
  })

  test('A auto-advances at the chosen pace and pauses; + and - change the pace', async () => {
    const { page } = await visit(browser.context, '/present/buffy/the-good')
    const first = await stageText(page)
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    assert.match(await page.$eval('.present-pace', (el) => el.textContent), /260 wpm/)
    await page.keyboard.press('a')
    assert.equal(await page.getByRole('button', { name: 'Pause auto-advance' }).getAttribute('aria-pressed'), 'true')
    await page.waitForTimeout(5500)
    const moved = await stageText(page)
    assert.notEqual(moved, first, 'it advanced by itself')
    await page.keyboard.press('a')
    await page.waitForTimeout(4500)
    assert.equal(await stageText(page), moved, 'paused, it stays')
  })

  test('F toggles full screen; F5 does too instead of reloading; Esc leaves to the reader at the same moment', async () => {
    const { page } = await visit(browser.context, '/present/spike/i-love-you')
    await page.keyboard.press('f')
    await page.waitForTimeout(500)
    assert.equal(await page.evaluate(() => Boolean(document.fullscreenElement)), true)
    await page.evaluate(() => document.exitFullscreen())
    await page.waitForTimeout(300)
    await page.evaluate(() => (window.__still = true))
    await page.keyboard.press('F5')
    await page.waitForTimeout(500)
    assert.equal(await page.evaluate(() => window.__still), true, 'F5 did not reload')
    assert.equal(await page.evaluate(() => Boolean(document.fullscreenElement)), true)
    await page.evaluate(() => document.exitFullscreen())
    await page.waitForTimeout(300)
    await page.keyboard.press('Escape')
    await page.waitForURL(/\/read\/spike\/i-love-you-there-she-said$/)
  })

  test('? shows the keys; Q shows a QR code of this moment’s link', async () => {
    const { page } = await visit(browser.context, '/present/chosen/the-end')
    await page.keyboard.press('?')
    await page.getByRole('dialog', { name: 'Keys' }).waitFor()
    assert.ok(await page.getByRole('row', { name: /Next line/ }).isVisible())
    await page.keyboard.press('Escape')
    await page.keyboard.press('q')
    const qr = page.getByRole('img', { name: /QR code for/ })
    await qr.waitFor()
    assert.match(await qr.getAttribute('aria-label'), new RegExp(`QR code for ${ORIGIN}/present/chosen/despite-everything-spike-made-her-feel`))
    await page.keyboard.press('Escape')
    assert.equal(await qr.count(), 0)
  })

  test('with single-key shortcuts off, letters do nothing but named keys still work', async () => {
    const { page } = await visit(browser.context, '/present/buffy/fire')
    await page.getByRole('button', { name: 'Single-key shortcuts' }).click()
    await page.keyboard.press('b')
    await page.waitForTimeout(400)
    assert.equal(await page.$eval('.blackout', (el) => getComputedStyle(el).opacity), '0')
    const before = await stageText(page)
    await page.keyboard.press('PageDown')
    await page.waitForTimeout(700)
    assert.notEqual(await stageText(page), before)
    await page.getByRole('button', { name: 'Single-key shortcuts' }).click()
  })

  test('the presenter window opens from S and stays in step with the audience, whichever is driven', async () => {
    const { page } = await visit(browser.context, '/present/chosen/hands')
    const [presenter] = await Promise.all([browser.context.waitForEvent('page'), page.keyboard.press('s')])
    await presenter.waitForLoadState('networkidle')
    await presenter.getByText('presenter', { exact: false }).first().waitFor()
    await presenter.waitForTimeout(500)
    const nowText = () => presenter.$eval('.presenter-now .slide-parts', (el) => el.textContent)
    assert.match(await nowText(), /Buffy stared at their hands/)
    await page.keyboard.press('PageDown')
    await presenter.waitForTimeout(600)
    assert.match(await nowText(), /She couldn’t look away/)
    assert.match(await presenter.$eval('.presenter-next', (el) => el.textContent), /Two hands/)
    await presenter.keyboard.press('PageDown')
    await page.waitForTimeout(800)
    assert.match(await stageText(page), /Two hands/)
    await presenter.reload({ waitUntil: 'networkidle' })
    await presenter.waitForTimeout(500)
    assert.match(await nowText(), /Two hands/, 'the presenter window reloads at the same place')
    assert.match(await presenter.$eval('.presenter-stats', (el) => el.textContent), /Line \d+ of \d+.*Elapsed.*Clock/)
    await presenter.close()
  })

  test('a blocked presenter window is said, with a link that opens it', async () => {
    const { page } = await visit(browser.context, '/present/buffy')
    await page.evaluate(() => (window.open = () => null))
    await page.keyboard.press('s')
    await page.getByRole('alert').filter({ hasText: 'blocked the presenter window' }).waitFor()
    assert.match(await page.getByRole('link', { name: 'Open the presenter window' }).getAttribute('href'), /\/present\/buffy\?presenter$/)
  })

  test('every slide fits the screen at 16:9 and 4:3', async () => {
    for (const [width, height] of [[1920, 1080], [1024, 768]]) {
      const { page } = await visit(browser.context, '/present/chosen')
      await page.setViewportSize({ width, height })
      const count = Number((await page.$eval('.present-position', (el) => el.textContent)).split('/')[1])
      for (let i = 0; i < count; i++) {
        const overflow = await page.$eval('.stage-fit', (el) => [el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth])
        assert.ok(overflow[0] <= 1 && overflow[1] <= 1, `slide ${i + 1} at ${width}×${height} overflows by ${overflow}`)
        await page.keyboard.press('ArrowRight')
        await page.waitForTimeout(520)
      }
    }
  })

  test('the idle cursor hides and there is no role=application', async () => {
    const { page } = await visit(browser.context, '/present/buffy')
    await page.mouse.move(100, 100)
    await page.waitForTimeout(3000)
    assert.equal(await page.$eval('.present', (el) => getComputedStyle(el).cursor), 'none')
    assert.equal(await page.$$eval('[role="application"]', (els) => els.length), 0)
  })
})
