import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ORIGIN, openBrowser, visit } from './helpers.mjs'

test('once opened, every piece, view, presentation, font and card works with the network gone', async () => {
  const browser = await openBrowser()
  try {
    const { page } = await visit(browser.context, '/')
    // The service worker installs (precaching the whole build) and takes control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
    })
    const manifest = await (await fetch(`${ORIGIN}/manifest.webmanifest`)).json()
    assert.equal(manifest.start_url, '/')
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'))
    // Cards are cached as they are fetched (link previews ask for them, not the site): fetch one first.
    await page.evaluate(async () => (await fetch('/cards/read-spike-i-love-you.png')).status)
    await browser.context.setOffline(true)
    const views = [
      ['/', 'Chosen'],
      ['/read/buffy', 'Chapter 1'],
      ['/read/spike/i-love-you', 'For Her'],
      ['/side-by-side/chosen/the-end', 'Chosen, side by side'],
      ['/present/chosen', null],
      ['/present/buffy/fire', null],
      ['/present/spike/the-end?presenter', null],
    ]
    for (const [path, heading] of views) {
      const { response } = await visit(browser.context, path, { page })
      assert.ok(response === null || response.ok() || response.fromServiceWorker(), path)
      if (heading) assert.ok(await page.getByRole('heading', { level: 1, name: heading }).isVisible(), `${path} shows its page`)
      else assert.ok(await page.locator('[data-view="present"]').isVisible(), `${path} presents`)
    }
    await page.waitForFunction(() => localStorage.getItem('chosen:fonts') === '1', null, { timeout: 10000 })
    await visit(browser.context, '/read/spike', { page })
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Literata' && f.status === 'loaded').length
    })
    assert.ok(fonts >= 1, 'the book face is there offline')
    const card = await page.evaluate(async () => (await fetch('/cards/read-spike-i-love-you.png')).status)
    assert.equal(card, 200)
    const unknown = await visit(browser.context, '/read/nobody', { page })
    assert.ok(unknown.page, 'an unknown address offline still gets a page')
    assert.ok(await page.getByRole('heading', { name: 'This moment isn’t here' }).isVisible())
  } finally {
    await browser.context.setOffline(false)
    await browser.close()
  }
})
