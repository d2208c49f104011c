import { mkdirSync } from 'node:fs'
import { PHONE, PROJECTOR } from './fixtures.ts'
import { deckOf, expect, test, watchContext } from './live-fixtures.ts'

const chosen = deckOf('chosen')
const dir = '.tmp/live-shots'

// Screenshots of each live view mid-show, for people to look at (not compared to anything).
test('screenshots: the follower, the remote and both scripts on a phone, the stage on a projector', async ({ browser, page, live, problems, request }) => {
  test.setTimeout(90_000)
  mkdirSync(dir, { recursive: true })
  const secret = live.secret()
  // Mid-show, on an echo (a line the other side said too): the richest of the follower's lines.
  const at = chosen.slides.findIndex((s) => s.kind === 'echo')
  expect(at, 'the chosen deck has an echo slide').toBeGreaterThan(0)
  const go = await request.post(`${live.origin}/_live/control`, {
    headers: { authorization: `Bearer ${secret}` },
    data: { v: 1, type: 'go', show: 'chosen', version: chosen.version, slide: chosen.slides[at]!.id, blackout: false },
  })
  expect(go.status()).toBe(200)

  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true })
  watchContext(context, problems)
  const phone = await context.newPage()
  await phone.goto(`${live.origin}/follow`)
  await expect(phone.locator('.follow-line.is-current')).toBeInViewport()
  await phone.screenshot({ path: `${dir}/follow.png` })
  await phone.goto(`${live.origin}/script/chosen/buffy`)
  await expect(phone.locator('.script-line[aria-current="true"]')).toBeInViewport()
  await phone.screenshot({ path: `${dir}/script-buffy.png` })
  await phone.goto(`${live.origin}/script/chosen/spike`)
  await expect(phone.locator('.script-line[aria-current="true"]')).toBeInViewport()
  await phone.screenshot({ path: `${dir}/script-spike.png` })
  await phone.goto(`${live.origin}/remote#key=${secret}`)
  await expect(phone.locator('.remote-now')).not.toBeEmpty()
  await phone.screenshot({ path: `${dir}/remote.png` })
  // The smallest phone and a tablet: nothing wider than the screen.
  for (const [width, height] of [
    [320, 568],
    [768, 1024],
  ] as const) {
    await phone.setViewportSize({ width, height })
    for (const path of ['/follow', '/script/chosen/spike', '/remote']) {
      await phone.goto(`${live.origin}${path}`)
      await expect(phone.locator('.live-pill')).toHaveText(/^Live/)
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width)
    }
    await phone.goto(`${live.origin}/follow`)
    await expect(phone.locator('.follow-line.is-current')).toBeInViewport()
    await phone.screenshot({ path: `${dir}/follow-${width}.png` })
  }

  await page.setViewportSize(PROJECTOR)
  await page.goto(`${live.origin}/live#key=${secret}`)
  await expect(page.getByText('This browser drives the show')).toBeVisible()
  await expect(page.locator('svg.qr')).toBeVisible()
  await page.screenshot({ path: `${dir}/start.png` })
  await page.goto(`${live.origin}/present/chosen/${chosen.slides[at]!.id}`)
  await expect(page.locator('.stage[aria-hidden="true"]')).toBeAttached()
  await page.keyboard.press('q')
  await expect(page.getByRole('img', { name: /QR code for .*\/follow$/ })).toBeVisible()
  await page.screenshot({ path: `${dir}/stage-qr.png` })
  await page.keyboard.press('Escape')
  await expect(page.locator('.overlay')).toHaveCount(0)
  await page.screenshot({ path: `${dir}/stage.png` })
})
